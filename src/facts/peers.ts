import { defineFacts } from './define';

export const peerFacts = defineFacts([]);
