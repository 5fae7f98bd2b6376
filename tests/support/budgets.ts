/**
 * The quality bars of the brief, in one place for the tests and the bench. Kilobytes are 1,000 bytes:
 * the stricter reading.
 */
export const budgets = {
  /** JavaScript a page ships, gzipped: no chart library reaches the browser. */
  jsGzip: 10_000,
  /** Everything a first visit downloads, gzipped. */
  transferGzip: 150_000,
  /** Every Lighthouse category, in mobile emulation. */
  lighthouseScore: 100,
  cumulativeLayoutShift: 0,
} as const;

export function kilobytes(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} KB`;
}
