/** Passages the "growth-bought-with-losses" chapter cites with <Cite p="…" />. See src/components/Cite.astro. */
import { definePassages } from './types';

export const growthBoughtWithLossesPassages = definePassages([]);
