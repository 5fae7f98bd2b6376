/**
 * The events the timeline draws, in reading order, each with the facts it cites and its date at the
 * sources' precision. The order is checked against the dates: if a fact's date changes so that an event
 * can no longer follow the one before it, the build stops naming both.
 */
import { getFact, type FactId } from '../../facts/registry';
import { whenOf, window, type When } from './when';

/** Who acts: colour and marker shape follow from this. */
export type Actor = 'giant' | 'tiger' | 'zhipu' | 'minimax' | 'industry';

export type EventKey =
  | 'doubao-launch'
  | 'baichuan-round'
  | 'bytedance-all-in'
  | 'qwen-open-source'
  | 'baichuan-stall'
  | 'deepseek-moment'
  | 'baichuan-layoffs'
  | 'zhipu-listing'
  | 'minimax-listing'
  | 'moonshot-series-c';

export interface TimelineEvent {
  key: EventKey;
  actor: Actor;
  when: When;
  /** Every fact the event's date and label draw on. */
  factIds: readonly FactId[];
}

const where = 'src/charts/shakeout-timeline/events.ts';

function numberOf(id: FactId): number {
  const value = getFact(id, where).value;
  if (typeof value !== 'number') throw new Error(`${where}: fact "${id}" must be a single number.`);
  return value;
}

function isoOf(id: FactId): string {
  const when = whenOf(id);
  if (when.kind !== 'date') throw new Error(`${where}: fact "${id}" must give a day or a month to anchor other events.`);
  return when.iso;
}

function definitions(): TimelineEvent[] {
  const zhipuListing = isoOf('zhipu.listing-date');
  return [
    { key: 'doubao-launch', actor: 'giant', when: whenOf('giants.bytedance.doubao-launch'), factIds: ['giants.bytedance.doubao-launch'] },
    {
      key: 'baichuan-round',
      actor: 'tiger',
      when: whenOf('peers.baichuan.funding-2024-date'),
      factIds: ['peers.baichuan.funding-2024-date', 'peers.baichuan.funding-2024'],
    },
    { key: 'bytedance-all-in', actor: 'giant', when: whenOf('giants.bytedance.all-in-date'), factIds: ['giants.bytedance.all-in-date'] },
    { key: 'qwen-open-source', actor: 'giant', when: whenOf('giants.alibaba.qwen-open-source'), factIds: ['giants.alibaba.qwen-open-source'] },
    {
      key: 'baichuan-stall',
      actor: 'tiger',
      when: whenOf('peers.baichuan.strategy-wobble-date'),
      factIds: ['peers.baichuan.strategy-wobble-date', 'peers.baichuan.strategy-wobble-duration'],
    },
    { key: 'deepseek-moment', actor: 'industry', when: whenOf('industry.deepseek-moment'), factIds: ['industry.deepseek-moment'] },
    {
      key: 'baichuan-layoffs',
      actor: 'tiger',
      when: whenOf('peers.baichuan.layoffs-date'),
      factIds: ['peers.baichuan.layoffs-date', 'peers.baichuan.layoffs-share'],
    },
    { key: 'zhipu-listing', actor: 'zhipu', when: whenOf('zhipu.listing-date'), factIds: ['zhipu.listing-date'] },
    {
      key: 'minimax-listing',
      actor: 'minimax',
      when: { kind: 'after', iso: zhipuListing, withinDays: numberOf('minimax.listing-window') },
      factIds: ['minimax.listing-date', 'minimax.listing-window', 'zhipu.listing-date'],
    },
    {
      key: 'moonshot-series-c',
      actor: 'tiger',
      when: { kind: 'around', iso: zhipuListing },
      factIds: ['peers.moonshot.series-c', 'peers.moonshot.valuation'],
    },
  ];
}

/** Throws when an event is listed after one that the sources say came later. */
export function checkOrder(events: readonly TimelineEvent[]): void {
  events.forEach((event, index) => {
    const previous = events[index - 1];
    if (previous && window(event.when).latest <= window(previous.when).earliest) {
      throw new Error(
        `${where}: "${event.key}" is listed after "${previous.key}", but its date (${event.factIds[0]}) puts it before. Reorder the events.`,
      );
    }
  });
}

/** The events in reading order, checked to be in an order the sources allow. */
export function timelineEvents(): TimelineEvent[] {
  const events = definitions();
  checkOrder(events);
  return events;
}
