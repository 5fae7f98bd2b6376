import { describe, expect, test } from 'vitest';
import { labels, points } from '../../../tests/support/chart-marks';
import { buildChart } from '../registry';

const build = (locale: 'en' | 'zh-hans') => buildChart('gross-margins', { locale }, 'spec.test.ts');

describe('gross-margins', () => {
  const spec = build('en');

  test.each(['narrow', 'wide'] as const)('%s layout puts one dot per company on each business track, in order', (name) => {
    const dots = points(spec[name]);
    expect(dots.map((d) => d.key)).toEqual(['api-zhipu', 'api-minimax', 'overall-zhipu', 'overall-minimax', 'core-zhipu', 'core-minimax']);
    expect(dots.filter((d) => d.fill === 'zhipu').every((d) => d.shape === 'circle')).toBe(true);
    expect(dots.filter((d) => d.fill === 'minimax').every((d) => d.shape === 'square')).toBe(true);
  });

  test('dot positions are proportional to the margins on a 0–100% scale', () => {
    const x = (key: string) => points(spec.wide).find((d) => d.key === key)?.x ?? Number.NaN;
    const zero = x('api-zhipu');
    const perPoint = (x('core-zhipu') - zero) / 60;
    expect(x('api-minimax')).toBeCloseTo(zero + 70 * perPoint, 6);
    expect(x('overall-minimax')).toBeCloseTo(zero + 23.3 * perPoint, 6);
    expect(x('core-minimax')).toBeCloseTo(zero + 4.7 * perPoint, 6);
  });

  test('labels name the company and keep the hedge', () => {
    expect(labels(spec.narrow)).toEqual(
      expect.arrayContaining(['Zhipu: about 0%', 'MiniMax: nearly 70%', 'Zhipu: more than 50%†', 'MiniMax: about 23.3%', 'Zhipu on-premise: about 60%', 'MiniMax AI-native apps: 4.7%']),
    );
    expect(labels(build('zh-hans').narrow)).toEqual(expect.arrayContaining(['智谱 约0%', 'MiniMax 近70%', '智谱 超50%†']));
  });

  test('the finding, the disagreement on Zhipu’s overall margin and the table', () => {
    expect(spec.title).toBe('Selling API access, MiniMax keeps nearly 70% of revenue as gross profit; Zhipu about 0%');
    expect(spec.notes[0]).toBe('† Zhipu gross margin, overall, long-term: more than 50% according to Bohu Finance and Beijing Science and Technology News; about 50% according to NetEase Hao.');
    expect(spec.table.rows).toHaveLength(6);
    expect(spec.table.rows[0]).toEqual(['Selling API access', 'Zhipu', 'about 0%', 'recent']);
    expect(spec.factIds).toHaveLength(6);
  });
});
