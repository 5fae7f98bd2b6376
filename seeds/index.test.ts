/**
 * What seeds/index.ts says about each article must be what the article says about itself: a dateline
 * without a year is reported as such, and a headline is a translation of the article's own opening line.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { seedRecord } from './index';

const text = (file: string) => readFileSync(path.join(import.meta.dirname, file), 'utf8');

describe('seed records', () => {
  test('S5: the dateline gives 1月10日 with no year, and the note says so and why we read 2026', () => {
    const s5 = seedRecord('004_6f532d619fe0ccd9.txt');
    expect(text(s5.file)).toContain('《科創(chuàng)板日報》1月10日訊');
    expect(text(s5.file)).not.toMatch(/20\d\d年1月10日/u);
    expect(s5.dateNote.en).toMatch(/^Its dateline gives 10 January without a year\. The year is 2026/u);
    expect(s5.dateNote.en).toContain('early 2025');
    expect(text(s5.file)).toContain('2025 年初的DeepSeek時刻');
    expect(s5.dateNote.zh).toContain('未注明年份');
  });

  test('S3: the Chinese headline is the opening line and the English one translates it', () => {
    const s3 = seedRecord('002_79d82c02c037078b.txt');
    expect(text(s3.file).startsWith(s3.headline.zh)).toBe(true);
    expect(s3.headline.en).toBe('From simple reasoning to more complex tasks: DeepSeek’s sudden arrival has all but completed this stage of the AI story');
  });
});
