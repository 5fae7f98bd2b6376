/** The source line under a chart: which outlets the drawn facts come from, and whether any figure is our assumption. */
import { href } from '../../i18n/href';
import { seedRecord, type SeedRecord } from '../../../seeds/index';
import { getFact, type FactId } from '../../facts/registry';
import { allReadings } from '../../facts/types';
import { isChinese, type Locale } from '../../lib/locale';

export interface ChartSource {
  /** Seed label, e.g. "S1": the order of the list and the data page's anchor, never shown to readers. */
  label: string;
  /** The outlet as readers know it, e.g. "Bohu Finance". */
  outlet: string;
  /** The article's entry on the data page. */
  href: string;
}

export interface ChartSourceLine {
  sources: ChartSource[];
  /** Facts that no seed states (exchange rates we assume), named on the source line. */
  assumptions: FactId[];
}

/**
 * An outlet's name as a reader knows it, for chart notes and source lines: the publication without its
 * Chinese original or its column ("Beijing Science and Technology News", "北京科技报").
 */
export function outletName(record: SeedRecord, locale: Locale): string {
  if (isChinese(locale)) return record.outlet.zh.replace(/（[^）]*）$/u, '').split('·')[0] ?? record.outlet.zh;
  return record.outlet.en.replace(/\s*\([^)]*\)\s*$/u, '').split(', ')[0] ?? record.outlet.en;
}

/** Every outlet behind any reading of the facts, in seed order, so disagreeing readings are credited too. */
export function chartSources(factIds: readonly FactId[], locale: Locale): ChartSourceLine {
  const records = new Map<string, SeedRecord>();
  const assumptions: FactId[] = [];
  for (const id of factIds) {
    const fact = getFact(id);
    if (fact.assumption) assumptions.push(id);
    for (const reading of allReadings(fact)) {
      for (const source of reading.sources) records.set(source.seed, seedRecord(source.seed));
    }
  }
  const sources = [...records.values()]
    .sort((a, b) => a.label.localeCompare(b.label))
    .map((record) => ({
      label: record.label,
      outlet: outletName(record, locale),
      href: href(locale, `/data/#seed-${record.label}`),
    }));
  return { sources, assumptions };
}
