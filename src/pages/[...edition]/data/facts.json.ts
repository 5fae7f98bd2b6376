/** Every fact with its sources, per edition: /data/facts.json, /zh-hans/data/facts.json, /zh-hant/data/facts.json. */
import type { APIRoute } from 'astro';
import { facts } from '../../../facts/registry';
import { everyEdition } from '../../../i18n/editions';
import { exportWords } from '../../../i18n/export-words';
import { factsToJson } from '../../../lib/fact-export';
import type { Locale } from '../../../lib/locale';

export const getStaticPaths = everyEdition;

export const GET: APIRoute<{ locale: Locale }> = ({ props }) =>
  new Response(factsToJson(facts, exportWords(props.locale).factsTitle, props.locale), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
