import { defineFacts } from './define';

export const minimaxFacts = defineFacts([]);
