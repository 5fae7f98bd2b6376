/**
 * Facts as downloadable data: the site-wide /data/facts.json and .csv, and the per-chapter and per-chart
 * downloads, all share these two shapes so a researcher can join them.
 */
import { seedRecord } from '../../seeds/index';
import { allReadings, isRange, type Fact, type FactValue } from '../facts/types';
import { formatValue } from './format';

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

export function exportFact(fact: Fact): ExportedFact {
  const readings = allReadings(fact).map((reading, index) => ({
    preferred: index === 0,
    value: reading.value,
    qualifier: reading.qualifier ?? null,
    formatted: formatValue(reading.value, fact.unit, 'en', reading.qualifier, fact.valueZh),
    note: reading.note ?? null,
    sources: reading.sources.map((s) => ({
      seed: s.seed,
      label: seedRecord(s.seed).label,
      outlet: seedRecord(s.seed).outlet.en,
      quote: s.quote,
    })),
  }));
  return {
    id: fact.id,
    subject: fact.subject,
    metric: fact.metric,
    metricZh: fact.metricZh,
    period: fact.period,
    unit: fact.unit,
    assumption: fact.assumption ?? false,
    disagreement: readings.length > 1,
    disagreementNote: fact.disagreementNote ?? null,
    note: fact.note ?? null,
    readings,
  };
}

export function factsToJson(facts: readonly Fact[], title: string): string {
  return `${JSON.stringify({ title, count: facts.length, facts: facts.map(exportFact) }, null, 2)}\n`;
}

const csvColumns = [
  'id', 'subject', 'metric', 'period', 'unit', 'currency', 'scale', 'reading', 'value', 'low', 'high',
  'qualifier', 'formatted', 'seed', 'outlet', 'quote', 'assumption', 'note',
] as const;

function csvCell(value: string | number | boolean | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
}

/** One row per fact, reading and source, so every quote sits beside the value it supports. */
export function factsToCsv(facts: readonly Fact[]): string {
  const rows: string[] = [csvColumns.join(',')];
  for (const fact of facts) {
    const exported = exportFact(fact);
    const unit = fact.unit;
    for (const reading of exported.readings) {
      const sources = reading.sources.length > 0 ? reading.sources : [null];
      for (const source of sources) {
        const value = reading.value;
        rows.push(
          [
            fact.id,
            fact.subject,
            fact.metric,
            fact.period,
            unit.kind,
            unit.kind === 'money' ? unit.currency : unit.kind === 'rate' ? `${unit.base}/${unit.quote}` : '',
            unit.kind === 'money' || unit.kind === 'count' ? unit.scale : '',
            reading.preferred ? 'preferred' : 'alternative',
            isRange(value) ? '' : value,
            isRange(value) ? value.low : '',
            isRange(value) ? value.high : '',
            reading.qualifier,
            reading.formatted,
            source?.seed,
            source?.outlet,
            source?.quote,
            exported.assumption,
            reading.note ?? fact.note,
          ]
            .map(csvCell)
            .join(','),
        );
      }
    }
  }
  return `${rows.join('\r\n')}\r\n`;
}
