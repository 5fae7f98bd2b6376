/** Passages the "the-markets-verdict" chapter cites with <Cite p="…" />. See src/components/Cite.astro. */
import { definePassages } from './types';

export const theMarketsVerdictPassages = definePassages([]);
