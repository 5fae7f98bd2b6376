import { defineFacts } from './define';

const S1 = '000_782df8b27d5ad9c6.txt';
const S2 = '001_40c4bf3fcd9b3358.txt';
const S3 = '002_79d82c02c037078b.txt';
const S4 = '003_4ba4f3a6b780e9f1.txt';

export const zhipuFacts = defineFacts([
  {
    id: 'zhipu.revenue.2024',
    subject: 'zhipu',
    metric: 'Revenue',
    metricZh: '营收',
    period: '2024',
    unit: { kind: 'money', currency: 'RMB', scale: 'million' },
    value: 312.4,
    sources: [
      { seed: S1, quote: '2022年至2025年上半年,分別實現(xiàn)營收5740萬元、1.245億元、3.124億元、1.9億元' },
      { seed: S2, quote: '智譜2022年至2024年收入從5740萬元增長至3.124億元' },
    ],
    alternatives: [
      {
        value: 312,
        qualifier: 'about',
        sources: [
          { seed: S3, quote: '智譜2023年至2024年,營收從1.25億元增長至3.12億元' },
          { seed: S4, quote: '去年全年,智譜營收約為3.12億元人民幣' },
        ],
        note: 'rounded',
      },
    ],
    disagreementNote: 'Two outlets round the prospectus figure to RMB 312 million; the difference is rounding.',
  },
  {
    id: 'zhipu.founded',
    subject: 'zhipu',
    metric: 'Founded, spun out of Tsinghua’s KEG lab',
    metricZh: '成立（源自清华大学KEG实验室）',
    period: '2019',
    unit: { kind: 'date' },
    value: '2019',
    sources: [{ seed: S1, quote: '2019年,張鵬帶領(lǐng)團隊獨立出來,正式創(chuàng)立了智譜AI。' }],
  },
]);
