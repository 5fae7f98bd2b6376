/**
 * Exchange rates we assume for the common-currency views. No seed states a rate, so these are facts of
 * our own, marked `assumption: true` and shown to readers as our assumption, never as a sourced figure.
 */
import { defineFacts } from './define';

const why =
  'No seed states an exchange rate. We chose a round rate close to the rates the outlets imply in their own ' +
  'conversions: S1 converts US$3.5 million (350萬美元) into RMB 24.644 million (2464.4萬元), about 7.04 RMB per USD, ' +
  'and S4 converts RMB 312 million (3.12億元) into about US$45 million (4500萬美元), about 6.93 RMB per USD. ' +
  'Every figure derived with this rate is approximate.';

export const assumptionFacts = defineFacts([
  {
    id: 'fx.usd-rmb',
    subject: 'assumption',
    metric: 'Exchange rate, RMB per US dollar',
    metricZh: '汇率（每美元兑人民币）',
    period: '2022–2026 (one rate throughout)',
    unit: { kind: 'rate', base: 'USD', quote: 'RMB' },
    value: 7.1,
    sources: [],
    assumption: true,
    note: why,
  },
  {
    id: 'fx.usd-hkd',
    subject: 'assumption',
    metric: 'Exchange rate, Hong Kong dollars per US dollar',
    metricZh: '汇率（每美元兑港元）',
    period: '2022–2026 (one rate throughout)',
    unit: { kind: 'rate', base: 'USD', quote: 'HKD' },
    value: 7.8,
    sources: [],
    assumption: true,
    note:
      'No seed states an exchange rate, and no seed converts between US and Hong Kong dollars. We use 7.8, ' +
      'the round rate at the centre of the Hong Kong dollar\'s band against the US dollar, consistent with the ' +
      'RMB rates the outlets imply in their own conversions (S1: about 7.04 RMB per USD; S4: about 6.93). ' +
      'Every figure derived with this rate is approximate.',
  },
  {
    id: 'fx.hkd-rmb',
    subject: 'assumption',
    metric: 'Exchange rate, RMB per Hong Kong dollar',
    metricZh: '汇率（每港元兑人民币）',
    period: '2022–2026 (one rate throughout)',
    unit: { kind: 'rate', base: 'HKD', quote: 'RMB' },
    value: 0.91,
    sources: [],
    assumption: true,
    note:
      'No seed states an exchange rate. We chose a round rate close to what the outlets imply in their own ' +
      'USD conversions (S1 converts 350萬美元 into 2464.4萬元, about 7.04 RMB per USD; S4 converts 3.12億元 into ' +
      'about 4500萬美元, about 6.93), combined with about 7.8 HKD per USD: roughly 0.9 RMB per HKD. ' +
      'Every figure derived with this rate is approximate.',
  },
]);
