/**
 * A chart drawn with Observable Plot. The spec gives its words (`text`) and, per layout, the Plot options
 * that draw it (`plot`); this turns them into the same definition every chart folder exports. Plot runs at
 * build time on linkedom, its SVG is rewritten as the site's marks by the sanitiser (to-marks.ts), and the
 * result wears the shared frame (headline, key, notes, sources, table, downloads) like any other chart.
 *
 * `plot` returns either one panel's Plot options with a height (drawn across the layout inside its side
 * margins) or a figure of several panels placed by hand, for small multiples whose panels keep their own
 * scales, plus any marks drawn outside the panels (a panel heading).
 */
import { pickWords, type Words } from '../frame/draft-text';
import type { LayoutName } from '../frame/labels';
import { gutter, layoutWidth } from '../frame/layout-kit';
import { defineChart, type ChartDefinition, type ChartDefinitionInput } from '../kit/define-chart';
import { resolveState } from '../kit/states';
import type { ChartLayout, ChartSpec, ChartTable, LegendItem, Mark } from '../types';
import type { FactId } from '../../facts/registry';
import type { Locale } from '../../lib/locale';
import { plotSvg, type PlotPanelOptions } from './render';
import { marksFromPlot } from './to-marks';

export interface PlotChartContext<T, State extends string> {
  locale: Locale;
  /** The state asked for, or the chart's default state. */
  state: State;
  /** The chart's words in the page's language. */
  t: T;
}

export interface PlotLayoutContext<T, State extends string> extends PlotChartContext<T, State> {
  layout: LayoutName;
  /** The layout's full width: 360 (narrow, a phone at 1:1) or 720 (wide). */
  width: number;
  /** The side margin a panel keeps inside the layout (16 on phones, 0 wide). */
  side: number;
}

/** The frame's words: headline, units line, summary, notes, key and data table. */
export interface ChartText {
  title: string;
  subtitle: string;
  summary: string;
  table: ChartTable;
  notes?: readonly string[];
  legend?: readonly LegendItem[];
  /** The facts this state draws, for the source line and downloads; defaults to the definition's facts. */
  factIds?: readonly FactId[];
}

export interface PlotPanel {
  left: number;
  top: number;
  width: number;
  height: number;
  plot: PlotPanelOptions;
}

export interface PlotFigure {
  height: number;
  panels: readonly PlotPanel[];
  /** Marks placed by hand outside the panels, in layout coordinates. */
  marks?: readonly Mark[];
}

export type PlotDrawing = PlotFigure | (PlotPanelOptions & { height: number });

export interface PlotChartInput<T, State extends string> extends Omit<ChartDefinitionInput<T, State>, 'build'> {
  /** The state drawn when none is asked for; the first state by default. */
  defaultState?: State;
  text: (context: PlotChartContext<T, State>) => ChartText;
  plot: (context: PlotLayoutContext<T, State>) => PlotDrawing;
}

function figureOf(drawing: PlotDrawing, width: number, side: number): PlotFigure {
  if ('panels' in drawing) return drawing;
  const { height, ...plot } = drawing;
  return { height, panels: [{ left: side, top: 0, width: width - side * 2, height, plot }] };
}

function drawLayout<T, State extends string>(
  id: string,
  plot: PlotChartInput<T, State>['plot'],
  context: PlotChartContext<T, State>,
  layout: LayoutName,
): ChartLayout {
  const width = layoutWidth[layout];
  const side = gutter[layout];
  const figure = figureOf(plot({ ...context, layout, width, side }), width, side);
  const where = `Chart "${id}" (${layout}, ${context.locale}${context.state ? `, state "${context.state}"` : ''})`;
  const marks = figure.panels.flatMap((panel) => marksFromPlot(plotSvg(panel.plot, panel.width, panel.height, where), panel.left, panel.top, where));
  // Hand-placed marks (panel headings) come first, as a reader of the SVG as text meets them.
  return { width, height: figure.height, marks: [...(figure.marks ?? []), ...marks] };
}

export function definePlotChart<T, const State extends string = never>(input: PlotChartInput<T, State>): ChartDefinition<T> {
  const { defaultState, text, plot, ...definition } = input;
  const words: Words<T> = input.words;
  // Plot on linkedom takes milliseconds a panel and a build asks for the same chart on many pages (chapter,
  // gallery, embeds, exports, downloads); the layouts depend only on edition and state, so each is drawn once.
  const drawnLayouts = new Map<string, Pick<ChartSpec, 'narrow' | 'wide'>>();
  return defineChart<T, State>({
    ...definition,
    build: (options): ChartSpec => {
      const states = input.states ?? [];
      const fallback = defaultState ?? states[0];
      // A chart without states is drawn with none; one with states always gets one it knows.
      const state = (fallback === undefined ? undefined : resolveState(input.id, states, options.state, fallback)) as State;
      const context: PlotChartContext<T, State> = { locale: options.locale, state, t: pickWords(words, options.locale) };
      const drafted = text(context);
      const cacheKey = `${options.locale}|${state ?? ''}`;
      const layouts = drawnLayouts.get(cacheKey) ?? {
        narrow: drawLayout(input.id, plot, context, 'narrow'),
        wide: drawLayout(input.id, plot, context, 'wide'),
      };
      drawnLayouts.set(cacheKey, layouts);
      return {
        id: input.id,
        title: drafted.title,
        subtitle: drafted.subtitle,
        summary: drafted.summary,
        factIds: drafted.factIds ?? input.facts,
        notes: drafted.notes ?? [],
        legend: drafted.legend ?? [],
        table: drafted.table,
        ...layouts,
      };
    },
  });
}
