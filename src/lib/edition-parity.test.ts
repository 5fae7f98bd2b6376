import { expect, test } from 'vitest';
import { editionDrift, editionEvidence } from './edition-parity';

const english = [
  'Revenue was <Fact id="zhipu.revenue.2024" />, <Derived kind="multiple" of="zhipu.rnd.2024" by="zhipu.revenue.2024" /> R&D<Cite p="s1.a" />.',
  '<Chart id="revenue-mix" />',
  '<Scrolly chart="receivable-days">',
  '<Step state="early">',
  'Early<Cite p="s5.b s1.a" />.',
  '</Step>',
  '<Step state="stretch">',
  'Later<Cite p="s2.c" />.',
  '</Step>',
  '</Scrolly>',
].join('\n');

test('collects facts, charts and steps in reading order, and passages in order of first citation', () => {
  expect(editionEvidence(english)).toEqual({
    facts: ['zhipu.revenue.2024', 'zhipu.rnd.2024'],
    figures: ['chart:revenue-mix', 'scrolly:receivable-days', 'step:early', 'step:stretch'],
    passages: ['s1.a', 's5.b', 's2.c'],
  });
});

test('an edition with the same evidence, facts in another order, does not drift', () => {
  const chinese = english.replace('Revenue was <Fact id="zhipu.revenue.2024" />, <Derived kind="multiple" of="zhipu.rnd.2024" by="zhipu.revenue.2024" />', '研发<Derived kind="multiple" of="zhipu.rnd.2024" by="zhipu.revenue.2024" />，营收<Fact id="zhipu.revenue.2024" />');
  expect(editionDrift(english, chinese)).toEqual([]);
});

test('a missing fact, a step out of order and passages out of order are each named', () => {
  const drifted = english
    .replace('<Fact id="zhipu.revenue.2024" />', '<Fact id="zhipu.revenue.2023" />')
    .replace('<Step state="early">', '<Step state="stretch">')
    .replace('Early<Cite p="s5.b s1.a" />', 'Early<Cite p="s1.a" />')
    .replace('Later<Cite p="s2.c" />', 'Later<Cite p="s2.c s5.b" />');
  expect(editionDrift(english, drifted)).toEqual([
    'facts not in English zhipu.revenue.2023',
    'charts and steps differ at position 3: English has step:early, this edition step:stretch',
    'passages differ at position 2: English has s5.b, this edition s2.c',
  ]);
});

test('a chart the edition leaves out at the end is named', () => {
  expect(editionDrift(`${english}\n<Chart id="gross-margins" />`, english)).toEqual([
    'charts and steps differ at position 5: English has chart:gross-margins, this edition nothing',
  ]);
});
