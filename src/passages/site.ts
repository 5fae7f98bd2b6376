/**
 * Passages the site's own pages cite (the methodology page shows a working note with one), kept apart
 * from the chapter modules so that chapter editors never share a file.
 */
import { definePassages } from './types';

export const sitePassages = definePassages([
  {
    id: 'site.s1.two-ways-headline',
    seed: '000_782df8b27d5ad9c6.txt',
    quote: '智譜和MiniMax,大模型的兩種“活法”',
    gloss: {
      en: 'Zhipu and MiniMax: two ways for large models to live.',
      'zh-hans': '智谱和MiniMax：大模型的两种“活法”。',
    },
  },
]);
