/** The components every chapter can use without importing them. */
import Derived from './Derived.astro';
import Fact from './Fact.astro';

export const mdxComponents = { Fact, Derived };
