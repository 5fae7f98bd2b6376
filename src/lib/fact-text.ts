/** Words about facts that more than one page needs: alternative readings, source labels. */
import { seedRecord } from '../../seeds/index';
import type { Fact, Reading } from '../facts/types';
import { formatValue } from './format';
import type { Locale } from './locale';

export function sourceLabels(reading: Pick<Reading, 'sources'>): string {
  return [...new Set(reading.sources.map((s) => seedRecord(s.seed).label))].join(', ');
}

/** "about RMB 312 million (S3, S4); ..." for every reading other than the preferred one. */
export function describeAlternatives(fact: Fact, locale: Locale): string {
  return (fact.alternatives ?? [])
    .map((r) => `${formatValue(r.value, fact.unit, locale, r.qualifier, r.valueZh)} (${sourceLabels(r)})`)
    .join('; ');
}
