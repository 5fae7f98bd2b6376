/** The source line under a chart: which outlets the drawn facts come from, and whether any figure is our assumption. */
import { seedRecord, type SeedRecord } from '../../../seeds/index';
import { getFact, type FactId } from '../../facts/registry';
import { allReadings } from '../../facts/types';
import { isChinese, type Locale } from '../../lib/locale';
import { withBase } from '../../lib/urls';

export interface ChartSource {
  /** Seed label, e.g. "S1". */
  label: string;
  outlet: string;
  /** The article's entry on the data page. */
  href: string;
}

export interface ChartSourceLine {
  sources: ChartSource[];
  /** Facts that no seed states (exchange rates we assume), named on the source line. */
  assumptions: FactId[];
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
      outlet: isChinese(locale) ? record.outlet.zh : record.outlet.en,
      href: withBase(`/data/#seed-${record.label}`),
    }));
  return { sources, assumptions };
}
