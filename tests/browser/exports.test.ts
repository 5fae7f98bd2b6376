/**
 * The standalone SVG downloads as a browser reads them: every chart's narrow and wide file is well-formed
 * SVG (Chromium's strict XML parser), needs no stylesheet (no classes, no custom properties, nothing
 * fetched), and carries its headline, its source line and our credit as text.
 */
import { expect, test } from 'vitest';
import { exportLayouts, svgExportPath } from '../../src/charts/embed/paths';
import { buildChart, chartIds } from '../../src/charts/registry';
import { useBuiltSite } from '../support/built-site';

const site = useBuiltSite();

interface ExportReading {
  path: string;
  status: number;
  type: string;
  parseError: string | null;
  root: string;
  text: string;
  leaks: string[];
}

test('every chart exports each layout as a self-contained SVG with headline, source line and credit', async () => {
  const page = await site.open('/');
  const paths = chartIds.flatMap((id) => exportLayouts.map((layout) => svgExportPath(id, layout, 'en')));
  const readings = await page.evaluate(async (urls: string[]) => {
    const read = async (path: string): Promise<ExportReading> => {
      const response = await fetch(path);
      const source = await response.text();
      const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
      const root = doc.documentElement;
      const leaks = [...doc.querySelectorAll('[class], style, image, use, a, script')].map((element) => element.localName);
      if (/var\(--|@import|url\((?!#)/u.test(source)) leaks.push('a CSS variable, import or outside url()');
      return {
        path,
        status: response.status,
        type: response.headers.get('content-type') ?? '',
        parseError: doc.querySelector('parsererror')?.textContent ?? null,
        root: `${root.namespaceURI} ${root.localName}`,
        text: [...doc.querySelectorAll('text')].map((text) => text.textContent ?? '').join(' ').replace(/\s+/gu, ' '),
        leaks,
      };
    };
    return Promise.all(urls.map((url) => read(url)));
  }, paths.map((path) => site.server.url(path)));
  for (const reading of readings) {
    const id = chartIds.find((candidate) => reading.path.includes(`/embed/${candidate}/`)) ?? '';
    const spec = buildChart(id, { locale: 'en' });
    expect({ status: reading.status, type: reading.type, parseError: reading.parseError, root: reading.root }, reading.path).toEqual({
      status: 200,
      type: 'image/svg+xml',
      parseError: null,
      root: 'http://www.w3.org/2000/svg svg',
    });
    expect(reading.leaks, `${reading.path} depends on the page`).toEqual([]);
    expect(reading.text, `${reading.path} headline`).toContain(spec.title.replace(/\s+/gu, ' '));
    expect(reading.text, `${reading.path} source line`).toMatch(/Sources?: /u);
    expect(reading.text, `${reading.path} credit`).toContain('Chart: Two Ways to Live');
  }
  expect(readings).toHaveLength(30);
  await site.done(page);
});
