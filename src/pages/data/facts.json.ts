import type { APIRoute } from 'astro';
import { facts } from '../../facts/registry';
import { factsToJson } from '../../lib/fact-export';

export const GET: APIRoute = () =>
  new Response(factsToJson(facts, 'Two Ways to Live: every fact with its sources'), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
