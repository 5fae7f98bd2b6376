import { defineFacts } from './define';

export const assumptionFacts = defineFacts([]);
