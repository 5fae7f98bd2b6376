/** The oEmbed answer for one chart (https://oembed.com, type "rich"): what publishing tools paste. */
import type { ChartSpec } from '../types';
import { embedCode, type EmbedTarget } from './snippet';

export interface OembedRich {
  version: '1.0';
  type: 'rich';
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
}

export function oembedFor(spec: ChartSpec, target: EmbedTarget, provider: { name: string; url: URL }): OembedRich {
  return {
    version: '1.0',
    type: 'rich',
    title: spec.title,
    provider_name: provider.name,
    provider_url: provider.url.href,
    html: embedCode(target),
    width: spec.wide.width,
    height: Math.round(target.height),
  };
}
