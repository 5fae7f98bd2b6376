import type { APIRoute } from 'astro';
import { facts } from '../../facts/registry';
import { factsToCsv } from '../../lib/fact-export';

export const GET: APIRoute = () =>
  new Response(factsToCsv(facts), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
