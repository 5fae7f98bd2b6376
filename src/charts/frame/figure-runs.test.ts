import { expect, test } from 'vitest';
import { figureRuns } from './figure-runs';

const shape = (text: string) => figureRuns(text).map((run) => (run.figure ? `[${run.text}]` : run.text)).join('');

test('each figure keeps its unit: years, days, money in 亿 and 万, multiples and percentages', () => {
  expect(shape('起初智谱回款很快：2022年23天和2023年21天')).toBe('起初智谱回款很快：[2022年][23天]和[2023年][21天]');
  expect(shape('如今MiniMax市值1128亿港元，智谱约800亿港元')).toBe('如今MiniMax市值[1128亿港元]，智谱约[800亿港元]');
  expect(shape('是2022年的4.9倍，占比84.5%')).toBe('是[2022年]的[4.9倍]，占比[84.5%]');
});

test('the runs put the text back together unchanged, and text with no figure is one plain run', () => {
  const title = 'MiniMax trades at about 474 times its 2024 revenue';
  expect(figureRuns(title).map((run) => run.text).join('')).toBe(title);
  expect(figureRuns('两家公司')).toEqual([{ text: '两家公司', figure: false }]);
});
