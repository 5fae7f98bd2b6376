/** Every fact, reading and source as CSV, per edition (headers in the edition's language). */
import type { APIRoute } from 'astro';
import { facts } from '../../../facts/registry';
import { everyEdition } from '../../../i18n/editions';
import { factsToCsv } from '../../../lib/fact-export';
import type { Locale } from '../../../lib/locale';

export const getStaticPaths = everyEdition;

export const GET: APIRoute<{ locale: Locale }> = ({ props }) =>
  new Response(factsToCsv(facts, props.locale), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
