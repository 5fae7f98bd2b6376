import { describe, expect, test } from 'vitest';
import { labels, rects } from '../../../tests/support/chart-marks';
import { buildChart } from '../registry';

const build = (locale: 'en' | 'zh-hans') => buildChart('revenue-mix', { locale }, 'spec.test.ts');

describe('revenue-mix', () => {
  const spec = build('en');

  test.each(['narrow', 'wide'] as const)('%s layout splits each period into two segments that fill the bar', (name) => {
    const bars = rects(spec[name]);
    expect(bars).toHaveLength(12);
    const byRow = new Map<string, number[]>();
    for (const bar of bars) byRow.set(bar.key ?? '', [...(byRow.get(bar.key ?? '') ?? []), bar.width]);
    expect([...byRow.keys()]).toEqual(['zhipu-0', 'zhipu-1', 'zhipu-2', 'minimax-0', 'minimax-1', 'minimax-2']);
    const totals = [...byRow.values()].map(([a = 0, b = 0]) => a + b + 1);
    expect(new Set(totals.map((t) => Math.round(t))).size).toBe(1);
  });

  test('segment widths follow the shares: Zhipu 2022 is 95.5 to 4.5', () => {
    const [onPrem, cloud] = rects(spec.narrow).filter((r) => r.key === 'zhipu-0');
    expect((onPrem?.width ?? 0) / ((onPrem?.width ?? 0) + (cloud?.width ?? 0) + 1)).toBeCloseTo(0.955, 2);
    expect(cloud?.pattern).toBe('hatch');
    expect(onPrem?.pattern).toBe('solid');
  });

  test('labels keep the sources’ hedges and mark disagreements', () => {
    expect(labels(spec.wide)).toEqual(
      expect.arrayContaining([
        'On-premise 95.5%',
        'Cloud/API 4.5%',
        'On-premise 84.5%†',
        'On-premise about 84.8%',
        'Open platform (API) nearly 80%',
        'Open platform (API) less than 30%',
        'AI-native apps 71.1%†',
        'Overseas more than 73%†',
      ]),
    );
    const zh = build('zh-hans');
    expect(labels(zh.narrow)).toEqual(expect.arrayContaining(['本地化部署 95.5%', '开放平台（API） 近80%', '开放平台（API） 不足30%', '海外 超73%†']));
  });

  test('the derived H1 2025 share is explained, and the table lists every stated share', () => {
    expect(spec.notes).toContain('Zhipu’s on-premise share for H1 2025 is our calculation: about RMB 162 million of RMB 191 million revenue, about 84.8%.');
    expect(spec.title).toBe('MiniMax’s API business fell from nearly 80% of revenue to less than 30%, while Zhipu still makes about 85% on premise');
    expect(spec.table.rows).toHaveLength(10);
    expect(spec.table.rows).toContainEqual(['MiniMax', 'At first', 'Open platform (API)', 'nearly 80%']);
    expect(spec.factIds).toEqual(expect.arrayContaining(['zhipu.onprem-revenue.h1-2025', 'minimax.overseas-share.9m-2025']));
    expect(spec.summary).toContain('Zhipu, 2022: On-premise 95.5%, Cloud/API 4.5%. Zhipu, 2024: On-premise 84.5%, Cloud/API 15.5%.');
    expect(spec.summary).not.toContain('†');
  });
});
