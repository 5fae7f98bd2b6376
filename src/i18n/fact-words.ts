/** A fact's label in an edition: English, Simplified as the fact module writes it, or Traditional converted from it. */
import type { Fact } from '../facts/types';
import type { Locale } from '../lib/locale';
import { toTraditional } from './traditional';

export function factMetric(fact: Pick<Fact, 'metric' | 'metricZh'>, locale: Locale): string {
  if (locale === 'en') return fact.metric;
  return locale === 'zh-hans' ? fact.metricZh : toTraditional(fact.metricZh);
}
