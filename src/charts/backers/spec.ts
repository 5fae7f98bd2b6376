/**
 * Who backed whom: the state-owned investors the sources name behind Zhipu against the tech companies and
 * international investors behind MiniMax. The facts are names, not amounts, so the chart shows who and
 * says plainly that it cannot show how much.
 */
import { getFact, type FactId } from '../../facts/registry';
import { readingOutlets } from '../frame/draft-text';
import { t } from '../../lib/strings';
import { disagreementNotes, joinList, pickWords } from '../frame/draft-text';
import type { ChartBuilder, LegendItem } from '../types';
import { kindOrder, namedBackers, type InvestorKind } from './backers';
import { kindShape, narrowLayout, wideLayout, type LabelledBacker } from './layout';
import { words } from './words';

export const backersChart: ChartBuilder = ({ locale, title, summary }) => {
  const w = pickWords(words, locale);
  const companyNames = t(locale).chart.companies;
  const backers: LabelledBacker[] = namedBackers().map((b) => ({ ...b, label: pickWords(b.name, locale) }));
  const factIds: FactId[] = [...new Set(backers.map((b) => b.factId))];
  const source = [...new Set(factIds.map((id) => readingOutlets(getFact(id), locale)))].join(', ');
  const namesOf = (kind: InvestorKind) => joinList(backers.filter((b) => b.kind === kind).map((b) => b.label), locale);

  const legend: LegendItem[] = kindOrder.map((kind) => ({ label: w.kind[kind], color: 'neutral', shape: kindShape[kind] }));
  const layoutWords = { company: companyNames, group: w.group };

  return {
    id: 'backers',
    title: title ?? w.title,
    subtitle: w.subtitle,
    summary:
      summary ?? w.summary({ source, state: namesOf('state'), tech: namesOf('tech'), international: namesOf('international') }),
    factIds,
    notes: [w.notes.whoNotHowMuch, w.notes.examplesOnly(source), w.notes.grouping(source), ...disagreementNotes(factIds, locale)],
    legend,
    table: {
      caption: w.tableCaption,
      columns: w.columns,
      rows: backers.map((b) => [b.label, companyNames[b.company], w.kind[b.kind], w.stakeNotStated]),
    },
    narrow: narrowLayout(backers, layoutWords),
    wide: wideLayout(backers, layoutWords),
  };
};
