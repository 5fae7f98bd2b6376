/** The chart frame's source line as plain text, for files that travel without the page's links. */
import { getFact } from '../../facts/registry';
import { isChinese, type Locale } from '../../lib/locale';
import { t } from '../../lib/strings';
import { chartSources } from '../frame/sources';
import type { ChartSpec } from '../types';

export function sourceLineText(spec: ChartSpec, locale: Locale): string {
  const strings = t(locale).chart;
  const { sources, assumptions } = chartSources(spec.factIds, locale);
  const items = [
    ...sources.map((source) => `${source.outlet} (${source.label})`),
    ...assumptions.map((id) => `${isChinese(locale) ? getFact(id).metricZh : getFact(id).metric}: ${strings.assumption}`),
  ];
  return `${sources.length > 1 ? strings.sources : strings.source}: ${items.join(isChinese(locale) ? '、' : ', ')}`;
}
