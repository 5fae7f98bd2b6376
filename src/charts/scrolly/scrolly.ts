/**
 * Scrollytelling in the browser, and nothing else: every chart state is already in the page, so this
 * script only decides which step is active and toggles classes. The active step is the last one whose top
 * has crossed the middle of the visible viewport, recomputed on every animation frame while the sequence
 * is near the screen (so a fast flick cannot skip a state), on resize, rotation and when mobile browser
 * bars change the visual viewport. Exactly one step is active at any time.
 */
const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');

interface Sequence {
  root: HTMLElement;
  steps: HTMLElement[];
  states: HTMLElement[];
  status: HTMLElement | null;
  previous: HTMLButtonElement | null;
  next: HTMLButtonElement | null;
  active: number;
}

function middleOfViewport(): number {
  const viewport = window.visualViewport;
  return viewport ? viewport.offsetTop + viewport.height / 2 : window.innerHeight / 2;
}

function currentStep(steps: readonly HTMLElement[]): number {
  const middle = middleOfViewport();
  let index = 0;
  steps.forEach((step, i) => {
    if (step.getBoundingClientRect().top <= middle) index = i;
  });
  return index;
}

function show(sequence: Sequence, index: number): void {
  if (index === sequence.active) return;
  sequence.active = index;
  const state = sequence.steps[index]?.dataset.state;
  sequence.steps.forEach((step, i) => {
    step.classList.toggle('is-active', i === index);
    if (i === index) step.setAttribute('aria-current', 'step');
    else step.removeAttribute('aria-current');
  });
  for (const figure of sequence.states) figure.classList.toggle('is-active', figure.dataset.scrollyState === state);
  if (sequence.previous) sequence.previous.disabled = index === 0;
  if (sequence.next) sequence.next.disabled = index === sequence.steps.length - 1;
  if (sequence.status) {
    const template = sequence.status.dataset.template ?? '{n} / {total}';
    sequence.status.textContent = template.replace('{n}', String(index + 1)).replace('{total}', String(sequence.steps.length));
  }
}

function start(root: HTMLElement): void {
  const sequence: Sequence = {
    root,
    steps: [...root.querySelectorAll<HTMLElement>('[data-scrolly-step]')],
    states: [...root.querySelectorAll<HTMLElement>('[data-scrolly-state]')],
    status: root.querySelector<HTMLElement>('[data-scrolly-status]'),
    previous: root.querySelector<HTMLButtonElement>('[data-scrolly-previous]'),
    next: root.querySelector<HTMLButtonElement>('[data-scrolly-next]'),
    active: -1,
  };
  if (sequence.steps.length === 0 || sequence.states.length === 0) return;
  root.classList.add('is-live');

  let frame = 0;
  let near = false;
  // A step chosen by a button holds until the smooth scroll towards it arrives (or gives up), so the
  // frames in between, where an earlier step still crosses the middle, do not undo the reader's choice.
  let chosen: number | undefined;
  let release = 0;
  const update = () => {
    frame = 0;
    const current = currentStep(sequence.steps);
    if (chosen !== undefined && current !== chosen) return;
    chosen = undefined;
    show(sequence, current);
  };
  const schedule = () => {
    if (frame === 0) frame = requestAnimationFrame(update);
  };

  new IntersectionObserver(
    (entries) => {
      near = entries.some((entry) => entry.isIntersecting);
      schedule();
    },
    { rootMargin: '50% 0px' },
  ).observe(root);
  window.addEventListener('scroll', () => near && schedule(), { passive: true });
  // A resize or rotation reflows the steps; the observer fires once the new layout exists.
  new ResizeObserver(schedule).observe(root);
  window.addEventListener('resize', schedule);
  window.addEventListener('orientationchange', schedule);
  window.visualViewport?.addEventListener('resize', schedule);
  window.visualViewport?.addEventListener('scroll', schedule);

  const go = (delta: number) => {
    const target = Math.min(Math.max(sequence.active + delta, 0), sequence.steps.length - 1);
    chosen = target;
    window.clearTimeout(release);
    release = window.setTimeout(() => {
      chosen = undefined;
      schedule();
    }, 1500);
    show(sequence, target);
    sequence.steps[target]?.scrollIntoView({ block: 'center', behavior: reducedMotion.matches ? 'auto' : 'smooth' });
  };
  sequence.previous?.addEventListener('click', () => go(-1));
  sequence.next?.addEventListener('click', () => go(1));

  show(sequence, currentStep(sequence.steps));
}

export function startScrollies(): void {
  for (const root of document.querySelectorAll<HTMLElement>('[data-scrolly]')) {
    if (!root.classList.contains('is-live')) start(root);
  }
}
