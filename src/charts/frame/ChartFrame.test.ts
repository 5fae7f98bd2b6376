import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, test } from 'vitest';
import { factHref } from '../../lib/urls';
import Chart from '../Chart.astro';
import { buildChart } from '../registry';

let container: AstroContainer;

beforeAll(async () => {
  container = await AstroContainer.create();
});

async function render(props: Record<string, unknown>): Promise<Document> {
  const html = await container.renderToString(Chart, { props });
  return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
}

describe('<Chart> in the shared frame', () => {
  test('renders one figure named by its headline and described by its summary, both layouts hidden from assistive technology, table, downloads and permalink', async () => {
    const doc = await render({ id: 'revenue-growth' });
    const spec = buildChart('revenue-growth', { locale: 'en' });
    const figure = doc.querySelector('figure#chart-revenue-growth');
    expect(figure).not.toBeNull();
    expect(doc.querySelector('#chart-revenue-growth-title')?.textContent).toBe(spec.title);
    expect(doc.querySelector('#chart-revenue-growth-summary')?.textContent).toBe(spec.summary);
    const svgs = [...doc.querySelectorAll('svg.chart-svg')];
    expect(svgs.map((svg) => svg.getAttribute('class'))).toEqual(['chart-svg chart-svg--narrow', 'chart-svg chart-svg--wide']);
    expect(figure?.getAttribute('aria-labelledby')).toBe('chart-revenue-growth-title');
    expect(figure?.getAttribute('aria-describedby')).toBe('chart-revenue-growth-summary');
    for (const svg of svgs) {
      expect(svg.getAttribute('aria-hidden')).toBe('true');
      expect(svg.hasAttribute('role')).toBe(false);
    }
    expect(svgs[0]?.getAttribute('viewBox')).toBe(`0 0 360 ${spec.narrow.height}`);
    expect(doc.querySelectorAll('details.chart-data tbody tr')).toHaveLength(spec.table.rows.length);
    expect(doc.querySelector('details.chart-data caption')?.textContent).toBe(spec.table.caption);
    const downloads = [...doc.querySelectorAll('a[download]')].map((a) => a.getAttribute('href'));
    expect(downloads).toEqual([
      '/data/charts/revenue-growth.csv',
      '/data/charts/revenue-growth.json',
      '/embed/revenue-growth/revenue-growth-narrow.svg',
      '/embed/revenue-growth/revenue-growth-wide.svg',
    ]);
    expect(doc.querySelector('a.chart-permalink')?.getAttribute('href')).toBe('#chart-revenue-growth');
  });

  test('draws marks as classed SVG with no inline styles, and hatches through per-chart, per-layout patterns', async () => {
    const doc = await render({ id: 'revenue-growth' });
    expect(doc.querySelectorAll('[style]')).toHaveLength(0);
    const patternIds = [...doc.querySelectorAll('pattern')].map((p) => p.getAttribute('id'));
    expect(new Set(patternIds).size).toBe(patternIds.length);
    expect(patternIds).toEqual(expect.arrayContaining(['chart-revenue-growth-narrow-hatch-zhipu', 'chart-revenue-growth-wide-hatch-minimax']));
    const hatched = doc.querySelectorAll('.chart-svg--narrow rect[fill^="url(#chart-revenue-growth-narrow-hatch-"]');
    expect(hatched).toHaveLength(2);
    expect(doc.querySelector('.chart-svg--narrow rect.f-zhipu title')?.textContent).toBe('Zhipu, 2022: RMB 57.4 million');
    expect(doc.querySelectorAll('.chart-svg [aria-label]')).toHaveLength(0);
  });

  test('names the outlets on the source line and links every drawn fact', async () => {
    const doc = await render({ id: 'revenue-growth', state: 'common' });
    const source = doc.querySelector('.chart-source')?.textContent ?? '';
    expect(source).toMatch(/^Sources: Bohu Finance/u);
    expect(source).toContain('Exchange rate, RMB per US dollar: our assumption');
    const factLinks = [...doc.querySelectorAll('.chart-facts a')].map((a) => a.getAttribute('href'));
    expect(factLinks).toContain(factHref('fx.usd-rmb', 'en'));
    expect(factLinks).toHaveLength(buildChart('revenue-growth', { locale: 'en', state: 'common' }).factIds.length);
    expect(doc.querySelector('figure')?.id).toBe('chart-revenue-growth-common');
  });

  test('the key repeats each series’ pattern or shape beside its colour', async () => {
    const doc = await render({ id: 'gross-margins' });
    const items = [...doc.querySelectorAll('.chart-legend li')];
    expect(items.map((li) => li.textContent?.trim())).toEqual(['Zhipu', 'MiniMax']);
    expect(items[0]?.querySelector('circle.f-zhipu')).not.toBeNull();
    expect(items[1]?.querySelector('rect.f-minimax')).not.toBeNull();
    const hatchedKey = (await render({ id: 'revenue-growth' })).querySelector('.chart-legend li:nth-child(2) svg');
    expect(hatchedKey?.querySelector('pattern')).not.toBeNull();
    expect(hatchedKey?.getAttribute('aria-hidden')).toBe('true');
  });

  test('an unknown id fails naming where it was used', async () => {
    await expect(render({ id: 'revenue-grwoth', usedIn: 'src/content/chapters/en/3-losses.mdx:18' })).rejects.toThrow(
      /src\/content\/chapters\/en\/3-losses\.mdx:18: unknown chart id "revenue-grwoth"/u,
    );
  });
});
