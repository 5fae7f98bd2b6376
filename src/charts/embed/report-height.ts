/**
 * Runs on embed pages only: tells the host page how tall the chart is, now and whenever it changes (the
 * host narrows the frame, a font loads, the reader opens the data table), so the host can size the
 * iframe to fit with no inner scrollbar. The root element's own height is the content's height, which
 * also lets the frame shrink again.
 */
import { heightMessageType, type HeightMessage } from './height-message';

function reportHeight(): void {
  const message: HeightMessage = { type: heightMessageType, height: Math.ceil(document.documentElement.getBoundingClientRect().height) };
  // The height is no secret, and the host's origin is unknown in advance.
  window.parent.postMessage(message, '*');
}

if (window.parent !== window) new ResizeObserver(reportHeight).observe(document.documentElement);
