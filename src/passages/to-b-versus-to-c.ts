/** Passages the "to-b-versus-to-c" chapter cites with <Cite p="…" />. See src/components/Cite.astro. */
import { definePassages } from './types';

export const toBVersusToCPassages = definePassages([]);
