/**
 * Facts as downloadable data: the site-wide /data/facts.json and .csv, and the per-chapter and per-chart
 * downloads, all share these two shapes so a researcher can join them. Each edition has its own copy: JSON
 * keys and ids stay the same everywhere; labels, formatted values, outlets and CSV headers follow the edition;
 * quotes are the seed's words in every edition.
 */
import { seedRecord, type SeedFile } from '../../seeds/index';
import { exportWords } from '../i18n/export-words';
import { factMetric } from '../i18n/fact-words';
import { factPeriod } from '../i18n/fact-periods';
import { disagreementNote, factNote, readingNote } from '../i18n/fact-notes';
import { toTraditional } from '../i18n/traditional';
import { allReadings, isRange, type Fact, type FactValue } from '../facts/types';
import { formatValue } from './format';
import { htmlLang, type Locale } from './locale';

export interface ExportedSource {
  seed: string;
  label: string;
  outlet: string;
  quote: string;
}

export interface ExportedReading {
  preferred: boolean;
  value: FactValue;
  qualifier: string | null;
  formatted: string;
  note: string | null;
  sources: ExportedSource[];
}

export interface ExportedFact {
  id: string;
  subject: string;
  metric: string;
  metricZh: string;
  period: string;
  unit: Fact['unit'];
  assumption: boolean;
  disagreement: boolean;
  disagreementNote: string | null;
  note: string | null;
  readings: ExportedReading[];
}

function outletOf(seed: SeedFile, locale: Locale): string {
  const outlet = seedRecord(seed).outlet;
  if (locale === 'en') return outlet.en;
  return locale === 'zh-hans' ? outlet.zh : toTraditional(outlet.zh);
}

export function exportFact(fact: Fact, locale: Locale): ExportedFact {
  const readings = allReadings(fact).map((reading, index) => ({
    preferred: index === 0,
    value: reading.value,
    qualifier: reading.qualifier ?? null,
    formatted: formatValue(reading.value, fact.unit, locale, reading.qualifier, reading.valueZh),
    note: readingNote(reading, fact.id, locale) ?? null,
    sources: reading.sources.map((s) => ({
      seed: s.seed,
      label: seedRecord(s.seed).label,
      outlet: outletOf(s.seed, locale),
      quote: s.quote,
    })),
  }));
  return {
    id: fact.id,
    subject: fact.subject,
    metric: factMetric(fact, locale),
    metricZh: fact.metricZh,
    period: factPeriod(fact.period, locale),
    unit: fact.unit,
    assumption: fact.assumption ?? false,
    disagreement: readings.length > 1,
    disagreementNote: disagreementNote(fact, locale) ?? null,
    note: factNote(fact, locale) ?? null,
    readings,
  };
}

export function factsToJson(facts: readonly Fact[], title: string, locale: Locale): string {
  const exported = facts.map((fact) => exportFact(fact, locale));
  return `${JSON.stringify({ title, language: htmlLang[locale], count: facts.length, facts: exported }, null, 2)}\n`;
}

function csvCell(value: string | number | boolean | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
}

/** One row per fact, reading and source, so every quote sits beside the value it supports. */
export function factsToCsv(facts: readonly Fact[], locale: Locale): string {
  const words = exportWords(locale);
  const rows: string[] = [words.columns.map(csvCell).join(',')];
  for (const fact of facts) {
    const exported = exportFact(fact, locale);
    const unit = fact.unit;
    for (const reading of exported.readings) {
      const sources = reading.sources.length > 0 ? reading.sources : [null];
      for (const source of sources) {
        const value = reading.value;
        rows.push(
          [
            fact.id,
            fact.subject,
            exported.metric,
            exported.period,
            unit.kind,
            unit.kind === 'money' ? unit.currency : unit.kind === 'rate' ? `${unit.base}/${unit.quote}` : '',
            unit.kind === 'money' || unit.kind === 'count' ? unit.scale : '',
            reading.preferred ? words.preferred : words.alternative,
            // A text fact's value is an English phrase; the Chinese editions' CSV gives their own words.
            isRange(value) ? '' : unit.kind === 'text' && locale !== 'en' ? reading.formatted : value,
            isRange(value) ? value.low : '',
            isRange(value) ? value.high : '',
            reading.qualifier,
            reading.formatted,
            source?.seed,
            source?.outlet,
            source?.quote,
            exported.assumption ? words.yes : words.no,
            reading.note ?? exported.note,
          ]
            .map(csvCell)
            .join(','),
        );
      }
    }
  }
  return `${rows.join('\r\n')}\r\n`;
}
