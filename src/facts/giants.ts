import { defineFacts } from './define';

export const giantFacts = defineFacts([]);
