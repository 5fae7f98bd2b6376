import { describe, expect, test } from 'vitest';
import { getPassage } from '../passages/registry';
import { cleanQuote, repairedRuns } from './clean-quote';
import { seedTexts } from './seed-texts';

const lostByte = /\?[a-zü\u00C0-\u024F]+\)/u;

/** The sentence of a seed that contains `marker`, as stored. */
function seedSentence(file: string, marker: string): string {
  const text = seedTexts[file] ?? '';
  const at = text.indexOf(marker);
  const start = Math.max(text.lastIndexOf('。', at - 1), text.lastIndexOf('\n', at - 1)) + 1;
  return text.slice(start, text.indexOf('。', at + marker.length) + 1);
}

/** Every two-byte GBK code, by the character it decodes to (the platform's decoder, not ours). */
function gbkEncoder(): Map<string, readonly [number, number]> {
  const decoder = new TextDecoder('gbk');
  const codes = new Map<string, readonly [number, number]>();
  for (let lead = 0x81; lead <= 0xfe; lead += 1) {
    for (let trail = 0x40; trail <= 0xfe; trail += 1) {
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (trail !== 0x7f && [...char].length === 1 && char !== '\uFFFD' && !codes.has(char)) codes.set(char, [lead, trail]);
    }
  }
  return codes;
}

/** What `intended` turns into when its first byte is lost, as the seeds show it: full-width ！？ as ASCII. */
function withLeadByteLost(intended: string, codes: Map<string, readonly [number, number]>): string {
  const bytes = [...intended].flatMap((char) => (char.charCodeAt(0) < 0x80 ? [char.charCodeAt(0)] : [...(codes.get(char) ?? [])]));
  return new TextDecoder('gbk').decode(new Uint8Array(bytes.slice(1))).replaceAll('\uFFFD', '?').replaceAll('！', '!').replaceAll('？', '?');
}

const withoutPrivateUse = (text: string) => text.replace(/\p{Co}/gu, '');

describe('cleanQuote', () => {
  test('each reviewed repair is exactly the intended text with its first GBK byte lost', () => {
    const codes = gbkEncoder();
    for (const [garbled, intended] of repairedRuns) {
      // The seed shows "?" for the lost byte and the converter's stray pinyin ("jīng)") after it.
      const bytesShown = garbled.slice(1).replace(/[a-zü\u00C0-\u024F]+\)/gu, '');
      expect(withoutPrivateUse(withLeadByteLost(intended, codes)), garbled).toBe(withoutPrivateUse(bytesShown));
      expect(Object.values(seedTexts).some((text) => text.includes(garbled)), garbled).toBe(true);
    }
  });

  test('drops the pinyin the conversion left after characters and private-use code points', () => {
    expect(cleanQuote('《科創(chuàng)板日報》1月10日訊')).toBe('《科創板日報》1月10日訊');
  });

  test.each([
    ['004_6f532d619fe0ccd9.txt', '正式?jīng)Q定', '字節是直到2024年中才正式決定全力自研大模型。'],
    ['004_6f532d619fe0ccd9.txt', '知?!白止?jié)', '的認知。“字節本身并沒有下場直接做硬件的計劃'],
    ['000_782df8b27d5ad9c6.txt', '?yōu)镸', '它們為MiniMax打開了廣闊的海外市場。'],
    ['000_782df8b27d5ad9c6.txt', '面向?qū)', '主要面向對數據安全有高要求的政府、金融、能源等機構'],
    ['002_79d82c02c037078b.txt', '規(guī)?!', '從“規模”變成了“創新”。'],
    ['003_4ba4f3a6b780e9f1.txt', '新加坡?lián)', '轉向了在新加坡擁有算力的國際云廠商。'],
  ])('%s: repairs the lost-byte run at "%s" in the real seed sentence', (file, marker, clean) => {
    const sentence = seedSentence(file, marker);
    expect(sentence).toContain(marker);
    expect(sentence).toMatch(lostByte);
    const shown = cleanQuote(sentence);
    expect(shown).toContain(clean);
    expect(shown).not.toMatch(lostByte);
    expect(shown).not.toContain(marker);
  });

  test('passage s5.bytedance-all-in keeps the seed bytes but shows readers "正式決定"', () => {
    const passage = getPassage('s5.bytedance-all-in');
    expect(passage.quote).toContain('正式?jīng)Q定');
    expect(cleanQuote(passage.quote)).toBe('在云啟資本管理合伙人陳昱于近日一檔播客的講述中,字節是直到2024年中才正式決定全力自研大模型');
  });

  test('a lost character with no reviewed repair is marked [?] rather than shown as "?pinyin)"', () => {
    expect(cleanQuote('正式?jué)定')).toBe('正式[?]定');
  });

  test('no seed shows a reader the "?pinyin)" artefact once cleaned', () => {
    for (const [file, text] of Object.entries(seedTexts)) expect(cleanQuote(text), file).not.toMatch(lostByte);
    expect(Object.keys(seedTexts)).toHaveLength(5);
  });
});
