/** Words about facts that more than one page needs: the labels of the seeds behind a reading. */
import { seedRecord } from '../../seeds/index';
import type { Reading } from '../facts/types';

export function sourceLabels(reading: Pick<Reading, 'sources'>): string {
  return [...new Set(reading.sources.map((s) => seedRecord(s.seed).label))].join(', ');
}
