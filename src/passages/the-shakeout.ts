/** Passages the "the-shakeout" chapter cites with <Cite p="…" />. See src/components/Cite.astro. */
import { definePassages } from './types';

export const theShakeoutPassages = definePassages([]);
