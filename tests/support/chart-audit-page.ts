/**
 * What the Chartability audit reads from a page, in one pass inside the browser: the rendered colours of
 * every mark and text of every shown chart with the colour behind it, text sizes, the key's swatches, tab
 * stops, accessible names, and labels that overlap or are clipped. `readCharts` runs in the page (through
 * page.evaluate), so it uses nothing from outside its own body.
 */

export interface PaintReading {
  chart: string;
  /** What the reading is of, for failure messages: "wide rect f-zhipu" or 'narrow text "2024"'. */
  what: string;
  colour: string;
  background: string;
  /** The product of the element's and its ancestors' opacities inside the chart. */
  opacity: number;
  /** Structure and background (gridlines, tracks, halos: the rule and paper colours) rather than data. */
  structural: boolean;
}

export interface TextReading extends PaintReading {
  text: string;
  /** Rendered size in CSS px: the font size times the SVG's scale. */
  px: number;
}

export interface SwatchReading {
  label: string;
  /** Everything but the colour that tells the series apart: element, pattern and shape. */
  encoding: string;
  colour: string;
}

export interface FigureReading {
  chart: string;
  name: string;
  summary: string;
  tabStops: number;
  /** Problems with the SVG images' roles and names. */
  imageProblems: string[];
  overlaps: string[];
  clipped: string[];
  swatches: SwatchReading[];
}

export interface PageReading {
  marks: PaintReading[];
  texts: TextReading[];
  figures: FigureReading[];
  sidewaysScroll: number;
  htmlClipped: string[];
}

export interface ReadOptions {
  /** Read colours (the contrast and colour-vision checks); layout checks alone skip them. */
  colours: boolean;
}

export function readCharts({ colours }: ReadOptions): PageReading {
  const pageBackground = getComputedStyle(document.documentElement).backgroundColor;
  const tokenOf = (element: Element, prefix: 'f-' | 's-') => [...element.classList].find((name) => name.startsWith(prefix))?.slice(2);
  const structuralTokens = ['rule', 'paper'];
  const opacityIn = (element: Element, root: Element) => {
    let opacity = 1;
    for (let node: Element | null = element; node && node !== root.parentElement; node = node.parentElement) opacity *= Number(getComputedStyle(node).opacity);
    return opacity;
  };
  /** The paint a reader sees of a mark: the shape's fill, or its outline where the fill is a pattern, background or nothing. */
  const visiblePaint = (element: Element): { colour: string; token: string | undefined } => {
    const style = getComputedStyle(element);
    const fillToken = tokenOf(element, 'f-');
    const strokeToken = tokenOf(element, 's-');
    // A fill faded to a tint (a dimmed mark) leaves its outline to carry the mark.
    const fillShows = fillToken !== undefined && fillToken !== 'paper' && style.fill !== 'none' && !style.fill.startsWith('url(') && Number(style.fillOpacity) >= 0.9;
    if (fillShows) return { colour: style.fill, token: fillToken };
    return { colour: style.stroke, token: strokeToken };
  };
  const shown = (element: Element) => getComputedStyle(element).display !== 'none' && element.getBoundingClientRect().width > 0;
  const markSelector = 'rect, line, path, circle';

  const marks: PaintReading[] = [];
  const texts: TextReading[] = [];
  const figures: FigureReading[] = [];

  for (const figure of document.querySelectorAll('figure.chart')) {
    const chart = figure.id;
    const textOf = (id: string | null) => (id ? (document.getElementById(id)?.textContent ?? '').trim() : '');
    const imageProblems: string[] = [];
    const overlaps: string[] = [];
    const clipped: string[] = [];
    for (const svg of figure.querySelectorAll<SVGSVGElement>('svg.chart-svg')) {
      const layout = svg.classList.contains('chart-svg--narrow') ? 'narrow' : 'wide';
      // The figure, not the svg, carries the chart's name and summary: the page holds two layouts, and a
      // screen reader or reader mode must meet the chart once, so each svg is hidden with its tick text.
      if (svg.getAttribute('aria-hidden') !== 'true') imageProblems.push(`${layout} svg is not aria-hidden, so its tick text reaches screen readers`);
      const exposed = [...svg.querySelectorAll('[role], [aria-label], [aria-hidden="false"], [tabindex]')].map((element) => element.localName);
      if (exposed.length > 0) imageProblems.push(`${layout} svg exposes ${exposed.join(', ')} inside its image`);
      if (!shown(svg)) continue;
      const box = svg.getBoundingClientRect();
      const scale = box.width / svg.viewBox.baseVal.width;
      const markElements = [...svg.querySelectorAll(markSelector)].filter((element) => !element.closest('defs'));
      for (const element of colours ? markElements : []) {
        const paint = visiblePaint(element);
        if (paint.colour === 'none') continue;
        marks.push({
          chart,
          what: `${layout} ${element.localName} ${element.getAttribute('class') ?? ''}`.trim(),
          colour: paint.colour,
          background: pageBackground,
          opacity: opacityIn(element, svg),
          structural: structuralTokens.includes(paint.token ?? ''),
        });
      }
      const labelBoxes: Array<{ text: string; r: DOMRect }> = [];
      for (const element of svg.querySelectorAll('text')) {
        const r = element.getBoundingClientRect();
        const text = element.textContent ?? '';
        if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1) clipped.push(`${layout} "${text}"`);
        // Line boxes include leading; a real overlap of glyphs takes more than a couple of px each way.
        for (const other of labelBoxes) {
          const w = Math.min(r.right, other.r.right) - Math.max(r.left, other.r.left);
          const h = Math.min(r.bottom, other.r.bottom) - Math.max(r.top, other.r.top);
          if (w > 2 && h > 3) overlaps.push(`${layout} "${other.text}" and "${text}"`);
        }
        labelBoxes.push({ text, r });
        if (!colours) continue;
        const style = getComputedStyle(element);
        const haloed = style.stroke !== 'none' && style.paintOrder.startsWith('stroke') && parseFloat(style.strokeWidth) >= 2;
        let background = haloed ? style.stroke : pageBackground;
        if (!haloed) {
          // Text drawn on a mark reads against the last mark painted under its centre (found by geometry,
          // since hit-testing only sees what is on screen).
          const x = r.left + r.width / 2;
          const y = r.top + r.height / 2;
          const under = markElements.filter((candidate) => {
            if (!(candidate.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING)) return false;
            const m = candidate.getBoundingClientRect();
            return m.left <= x && x <= m.right && m.top <= y && y <= m.bottom;
          });
          const top = under.at(-1);
          if (top) background = visiblePaint(top).colour;
        }
        texts.push({
          chart,
          what: `${layout} text "${text}"`,
          text,
          colour: style.fill,
          background,
          opacity: opacityIn(element, svg),
          structural: false,
          px: parseFloat(style.fontSize) * scale,
        });
      }
    }
    const plot = figure.querySelector('.chart-plot');
    const tabStops = plot ? [...plot.querySelectorAll<HTMLElement | SVGElement>('*')].filter((element) => element.tabIndex >= 0 && shown(element)).length : 0;
    const swatches = [...figure.querySelectorAll('.chart-legend li')].map((item) => {
      const sample = [...(item.querySelector('svg')?.children ?? [])].find((child) => child.localName !== 'defs');
      const fill = sample?.getAttribute('fill') ?? '';
      const pattern = /-(hatch|dots|cross)-[a-z-]+\)$/u.exec(fill)?.[1] ?? 'solid';
      const shape = sample?.localName === 'path' ? `path ${(sample.getAttribute('d') ?? '').split('L').length}` : (sample?.localName ?? 'none');
      return { label: (item.textContent ?? '').trim(), encoding: `${shape} ${pattern}`, colour: sample ? visiblePaint(sample).colour : '' };
    });
    figures.push({
      chart,
      name: textOf(figure.getAttribute('aria-labelledby')),
      summary: textOf(figure.getAttribute('aria-describedby')),
      tabStops,
      imageProblems,
      overlaps,
      clipped,
      swatches,
    });
  }
  const htmlClipped = [...document.querySelectorAll<HTMLElement>('figure.chart .chart-head, figure.chart .chart-legend, figure.chart .chart-notes, figure.chart .chart-source')]
    .filter((element) => element.scrollWidth > element.clientWidth + 1)
    .map((element) => `${element.closest('figure')?.id} .${element.className}`);
  return { marks, texts, figures, sidewaysScroll: document.documentElement.scrollWidth - document.documentElement.clientWidth, htmlClipped };
}
