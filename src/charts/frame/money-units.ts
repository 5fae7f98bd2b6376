/**
 * Money on a chart axis or bar label: one unit per panel, named once in the panel heading, so each label
 * can be a bare number. English counts in millions; Chinese in 亿 for renminbi and 万 for dollars, as the
 * Chinese financial press does.
 */
import { getFact, type FactId } from '../../facts/registry';
import { scaleFactor, type Currency } from '../../facts/types';
import { isChinese, type Locale } from '../../lib/locale';

export interface DisplayUnit {
  /** Absolute amounts are divided by this for labels. */
  factor: number;
  /** The unit as the panel heading names it, e.g. "RMB million", "亿元". */
  label: string;
}

const englishName: Record<Currency, string> = { RMB: 'RMB', USD: 'US$', HKD: 'HK$' };
const chineseName: Record<Currency, string> = { RMB: '元', USD: '美元', HKD: '港元' };

export function displayUnit(currency: Currency, locale: Locale): DisplayUnit {
  if (!isChinese(locale)) return { factor: 1e6, label: `${englishName[currency]} million` };
  return currency === 'RMB' ? { factor: 1e8, label: `亿${chineseName[currency]}` } : { factor: 1e4, label: `万${chineseName[currency]}` };
}

/** A money fact's preferred value as an absolute amount, failing clearly for anything but a single figure. */
export function moneyAmount(id: FactId, chartId: string): { amount: number; currency: Currency } {
  const fact = getFact(id);
  if (fact.unit.kind !== 'money' || typeof fact.value !== 'number') {
    throw new Error(`Chart "${chartId}": fact "${id}" must be a single money figure, not ${fact.unit.kind === 'money' ? 'a range' : fact.unit.kind}`);
  }
  return { amount: fact.value * scaleFactor[fact.unit.scale], currency: fact.unit.currency };
}
