/**
 * The one message an embed page sends its host: its document height in CSS px. The type is namespaced so
 * a host listening for other embeds' messages never confuses them with ours.
 */
export const heightMessageType = 'two-ways-to-live:embed-height';

export interface HeightMessage {
  type: typeof heightMessageType;
  height: number;
}
