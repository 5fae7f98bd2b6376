/**
 * The five source articles, kept byte for byte beside this file, and what each one says about itself.
 * Nothing here is inferred from outside the seeds: where an article gives no author or date, the field
 * says so rather than guessing.
 */
export const seedFiles = [
  '000_782df8b27d5ad9c6.txt',
  '001_40c4bf3fcd9b3358.txt',
  '002_79d82c02c037078b.txt',
  '003_4ba4f3a6b780e9f1.txt',
  '004_6f532d619fe0ccd9.txt',
] as const;

export type SeedFile = (typeof seedFiles)[number];

export interface SeedRecord {
  file: SeedFile;
  /** Short id used in citations, e.g. "S1". */
  label: string;
  outlet: { en: string; zh: string };
  /** Where the copy we hold was published, when it differs from the outlet. */
  platform?: { en: string; zh: string };
  author?: { en: string; zh: string };
  headline: { zh: string; en: string };
  /**
   * ISO date when the article states it, the year included or made plain by the text; otherwise undefined.
   * `dateNote` says what the article itself gives.
   */
  date?: string;
  dateNote: { en: string; zh: string };
}

export const seeds: readonly SeedRecord[] = [
  {
    file: '000_782df8b27d5ad9c6.txt',
    label: 'S1',
    outlet: { en: 'Bohu Finance (伯虎財經)', zh: '伯虎财经' },
    platform: { en: 'OFweek', zh: 'OFweek 维科号' },
    author: { en: 'Kaikai (楷楷)', zh: '楷楷' },
    headline: {
      zh: '智譜和MiniMax,大模型的兩種“活法”',
      en: 'Zhipu and MiniMax: two ways for large models to live',
    },
    dateNote: {
      en: 'Undated; written after both listings (it reports market values "as of writing").',
      zh: '未注明日期；写于两家公司上市之后。',
    },
  },
  {
    file: '001_40c4bf3fcd9b3358.txt',
    label: 'S2',
    outlet: { en: 'Beijing Science and Technology News, Baosu Tech Finance (北京科技報·豹速科技財經)', zh: '北京科技报·豹速科技财经' },
    platform: { en: 'NetEase Hao', zh: '网易号' },
    author: { en: 'Xiaobao (小豹)', zh: '小豹' },
    headline: {
      zh: '曾經“百模齊放”的狂熱競爭逐漸落幕,行業告別“參數競賽”的草莽時代,進入了“商業閉環”的驗證期。',
      en: 'The "hundred-model" frenzy fades and the industry enters its test of closing the business loop',
    },
    dateNote: {
      en: 'Undated; written after both listings, around 12 January 2026 (it cites a move on 12 January).',
      zh: '未注明日期；写于两家公司上市之后，文中提及1月12日的股价。',
    },
  },
  {
    file: '002_79d82c02c037078b.txt',
    label: 'S3',
    outlet: { en: 'Kanjian Finance (侃見財經)', zh: '侃见财经' },
    platform: { en: 'DoNews', zh: 'DoNews 专栏' },
    headline: {
      zh: '從簡單的推理邁向更復雜的任務處理,DeepSeek的橫空出世已基本完成了這一階段AI的敘事。',
      en: 'From simple reasoning to more complex tasks: DeepSeek’s sudden arrival has all but completed this stage of the AI story',
    },
    dateNote: {
      en: 'Undated; written after both listings (it reports the latest closing market values).',
      zh: '未注明日期；写于两家公司上市之后。',
    },
  },
  {
    file: '003_4ba4f3a6b780e9f1.txt',
    label: 'S4',
    outlet: { en: 'NetEase Hao (unsigned article)', zh: '网易号（未署名文章）' },
    platform: { en: 'NetEase Hao', zh: '网易号' },
    headline: {
      zh: '盡管大模型賺足了吆喝,但無奈變現(xiàn)壓力太大,中國與美國的大模型廠商都在沖刺IPO。',
      en: 'Large models draw crowds but struggle to earn: Chinese and US model makers race to list',
    },
    dateNote: {
      en: 'Undated; written in late 2025, before either listing (both had only passed their hearings, and "this year" means 2025).',
      zh: '未注明日期；写于2025年末、两家公司上市之前（文中“今年”指2025年）。',
    },
  },
  {
    file: '004_6f532d619fe0ccd9.txt',
    label: 'S5',
    outlet: { en: 'STAR Market Daily (科創板日報)', zh: '科创板日报' },
    author: { en: 'Yang Xiaoxiao and Zhang Yangyang (楊小小, 張洋洋)', zh: '杨小小、张洋洋' },
    headline: {
      zh: '國產(chǎn)大模型戰(zhàn)事,正在走向終局。',
      en: "China's large-model war heads for its endgame",
    },
    date: '2026-01-10',
    dateNote: {
      en: 'Its dateline gives 10 January without a year. The year is 2026: the article looks back on "the DeepSeek moment of early 2025" and reports both companies as already listed.',
      zh: '电头日期为1月10日，未注明年份。应为2026年：文中回顾“2025年初的DeepSeek时刻”，并称两家公司均已上市。',
    },
  },
];

export function seedRecord(file: SeedFile): SeedRecord {
  const record = seeds.find((s) => s.file === file);
  if (!record) throw new Error(`seeds/index.ts: no record for seed file "${file}"`);
  return record;
}
