/** The props an editor may write on <Chart> (see prop-names.ts beside the prose components for why). */
export const chartProps = ['id', 'state', 'title', 'summary', 'anchor'] as const;
