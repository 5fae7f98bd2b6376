/**
 * Names the fact modules share, so a seed file or a unit is spelled once for the whole fact layer.
 * Seed labels: S1 Bohu Finance, S2 Beijing S&T News, S3 Kanjian Finance, S4 NetEase Hao (written late
 * 2025, so its 去年 = 2024 and 今年 = 2025), S5 STAR Market Daily (10 Jan 2026).
 */
import type { SeedFile } from '../../seeds/index';
import type { Unit } from './types';

export const S1: SeedFile = '000_782df8b27d5ad9c6.txt';
export const S2: SeedFile = '001_40c4bf3fcd9b3358.txt';
export const S3: SeedFile = '002_79d82c02c037078b.txt';
export const S4: SeedFile = '003_4ba4f3a6b780e9f1.txt';
export const S5: SeedFile = '004_6f532d619fe0ccd9.txt';

export const RMB_M = { kind: 'money', currency: 'RMB', scale: 'million' } as const satisfies Unit;
export const RMB_B = { kind: 'money', currency: 'RMB', scale: 'billion' } as const satisfies Unit;
export const USD_M = { kind: 'money', currency: 'USD', scale: 'million' } as const satisfies Unit;
export const USD_B = { kind: 'money', currency: 'USD', scale: 'billion' } as const satisfies Unit;
export const HKD_B = { kind: 'money', currency: 'HKD', scale: 'billion' } as const satisfies Unit;
export const PCT = { kind: 'percent' } as const satisfies Unit;
export const DAYS = { kind: 'days' } as const satisfies Unit;
export const DATE = { kind: 'date' } as const satisfies Unit;
export const TEXT = { kind: 'text' } as const satisfies Unit;
