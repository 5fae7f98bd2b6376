import { defineFacts } from './define';

export const globalFacts = defineFacts([]);
