/**
 * The code a host site pastes to embed a chart: the iframe, and a listener that sizes it from the height
 * message the embed page sends. The listener accepts messages only from the embed's own origin and only
 * from the frame that sent them, so several embeds on one page each get their own height.
 */
import { heightMessageType } from './height-message.ts';

export interface EmbedTarget {
  /** Absolute address of the embed page. */
  src: URL;
  /** The iframe's accessible name: the chart headline. */
  title: string;
  /** Height before the first message arrives, in CSS px. */
  height: number;
}

function attribute(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

export function iframeCode({ src, title, height }: EmbedTarget): string {
  return `<iframe src="${attribute(src.href)}" title="${attribute(title)}" height="${Math.round(height)}" loading="lazy" data-two-ways-embed style="width: 100%; border: 0;"></iframe>`;
}

export function resizeListenerCode(origin: string): string {
  return [
    '<script>',
    'window.addEventListener("message", function (event) {',
    `  if (event.origin !== "${origin}" || !event.data || event.data.type !== "${heightMessageType}" || typeof event.data.height !== "number") return;`,
    '  document.querySelectorAll("iframe[data-two-ways-embed]").forEach(function (frame) {',
    '    if (frame.contentWindow === event.source) frame.style.height = event.data.height + "px";',
    '  });',
    '});',
    '</script>',
  ].join('\n');
}

/** Everything a host pastes, for one chart. */
export function embedCode(target: EmbedTarget): string {
  return `${iframeCode(target)}\n${resizeListenerCode(target.src.origin)}`;
}
