/** The components every chapter can use without importing them. */
import Chart from '../charts/Chart.astro';
import Scrolly from '../charts/scrolly/Scrolly.astro';
import Step from '../charts/scrolly/Step.astro';
import Cite from './Cite.astro';
import Derived from './Derived.astro';
import Fact from './Fact.astro';

export const mdxComponents = { Fact, Derived, Cite, Chart, Scrolly, Step };
