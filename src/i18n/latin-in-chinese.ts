/**
 * The Latin words a Chinese page may show: proper names with no Chinese form in the Chinese press, and the
 * few terms Chinese business writing keeps in Latin letters (AI, API, token). Anything else in Latin letters
 * on a Chinese page is English left untranslated. Zhipu is not here: its Chinese name is 智谱.
 */
export const latinWordsInChinese: ReadonlySet<string> = new Set([
  // The companies, their models and products, as the Chinese press writes them.
  'MiniMax',
  'GLM',
  'Talkie',
  'Kimi',
  'DeepSeek',
  'OpenAI',
  'Anthropic',
  'Manus',
  'Qwen',
  'OpenRouter',
  'EpochAI',
  'Azure',
  'Google',
  'Meta',
  'Microsoft',
  'Amazon',
  'Sam',
  'Altman',
  'Greg',
  'Brockman',
  'ChatGPT',
  'Claude',
  'Gemini',
  'Llama',
  'SenseTime',
  'Facebook',
  // Publishing platforms of the source articles, named as they name themselves.
  'OFweek',
  'DoNews',
  'NVIDIA',
  'AGI-Next',
  'Sora',
  'AMiner',
  'KEG',
  'IDG',
  'MoE',
  'GPT',
  // Terms Chinese business writing keeps in Latin letters.
  'AI',
  'AGI',
  'API',
  'App',
  'Agent',
  'CEO',
  'JavaScript',
  // Letters the Chinese business press writes as they are: To B and To C (toB, toC), B端 and C端, A轮 and C轮.
  'To',
  'toB',
  'toC',
  'A',
  'B',
  'C',
  'token',
  'tokens',
  'Token',
  'SaaS',
  'IFRS',
  'non-IFRS',
  'TPU',
  'MaaS',
  'ARR',
  'IPO',
  'PhD',
  'R&D',
  // File formats named on download links.
  'CSV',
  'JSON',
  'Atom',
  'RSS',
  'PNG',
  'SVG',
]);

/**
 * Model names and the short forms of financial reports: M2, GLM-4.5, MiniMax-M2, and 2025H1 or Q3 (a
 * capital or three, then a digit).
 */
const modelName = /^(?:[A-Z]{1,3}\d[\w.]*|(?:GLM|MiniMax|Qwen|Kimi|ChatGPT|GPT|Baichuan)-[\w.-]+)$/u;

/** Addresses and identifiers a reader copies rather than reads: URLs, domains and file names, fact ids. */
const addresses = /https?:\/\/\S+|www\.\S+|\b[\w-]+(?:[./][\w.-]+)+\b\/?|\b[\w-]+\/(?=\s|$)/gu;

/** The Latin words of `text` that are neither allowed names nor terms, in order. */
export function untranslatedWords(text: string): string[] {
  // Chinese sets a year or a figure straight after a name (MiniMax2024年): the digits are not part of the word.
  const words = (text.replace(addresses, ' ').match(/[A-Za-z][\w&'’-]*/gu) ?? []).map((word) => (modelName.test(word) ? word : word.replace(/\d+$/u, '')));
  return words.filter((word) => !latinWordsInChinese.has(word) && !latinWordsInChinese.has(word.replace(/['’]s$/u, '')) && !modelName.test(word));
}
