/**
 * Scrollytelling in the browser, and nothing else: every chart state is already in the page, so this
 * script only decides which step is active and toggles classes. The active step is the last one whose top
 * has crossed the reading line: the middle of the visible viewport where the steps run beside the chart,
 * or just below the chart where they pass under it (phones), so the card a reader is on is the one in view.
 * It is recomputed on every animation frame while the sequence is near the screen (so a fast flick cannot
 * skip a state), on resize, rotation and when mobile browser bars change the visual viewport. Exactly one
 * step is active at any time.
 */
const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');

interface Sequence {
  root: HTMLElement;
  stage: HTMLElement | null;
  steps: HTMLElement[];
  states: HTMLElement[];
  status: HTMLElement | null;
  previous: HTMLButtonElement | null;
  next: HTMLButtonElement | null;
  active: number;
}

/** How far into the band below a stacked chart the reading line sits, as a share of the band. */
const bandOffset = 0.1;

interface ReadingLine {
  y: number;
  /** True where the steps pass under the chart (phones) rather than beside it. */
  stacked: boolean;
}

function readingLine(sequence: Sequence): ReadingLine {
  const viewport = window.visualViewport;
  const top = viewport?.offsetTop ?? 0;
  const height = viewport?.height ?? window.innerHeight;
  const stage = sequence.stage?.getBoundingClientRect();
  const step = sequence.steps[0]?.getBoundingClientRect();
  if (stage && step && stage.left < step.right && step.left < stage.right) {
    return { y: top + stage.height + (height - stage.height) * bandOffset, stacked: true };
  }
  return { y: top + height / 2, stacked: false };
}

function currentStep(sequence: Sequence): number {
  const line = readingLine(sequence).y;
  let index = 0;
  sequence.steps.forEach((step, i) => {
    if (step.getBoundingClientRect().top <= line) index = i;
  });
  return index;
}

/** Brings a step to where it is read: centred beside the chart, or its top just past the line below it. */
function scrollToStep(sequence: Sequence, index: number): void {
  const step = sequence.steps[index];
  if (!step) return;
  const behavior = reducedMotion.matches ? 'auto' : 'smooth';
  const line = readingLine(sequence);
  if (line.stacked) window.scrollBy({ top: step.getBoundingClientRect().top - line.y + 8, behavior });
  else step.scrollIntoView({ block: 'center', behavior });
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
    stage: root.querySelector<HTMLElement>('.scrolly-stage'),
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
    const current = currentStep(sequence);
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

  const go = (delta: number, pressed: HTMLButtonElement | null) => {
    const target = Math.min(Math.max(sequence.active + delta, 0), sequence.steps.length - 1);
    chosen = target;
    window.clearTimeout(release);
    release = window.setTimeout(() => {
      chosen = undefined;
      schedule();
    }, 1500);
    show(sequence, target);
    // A button disabled at either end would drop keyboard focus to the page; the other button keeps it.
    if (pressed?.disabled) (pressed === sequence.next ? sequence.previous : sequence.next)?.focus();
    scrollToStep(sequence, target);
  };
  sequence.previous?.addEventListener('click', () => go(-1, sequence.previous));
  sequence.next?.addEventListener('click', () => go(1, sequence.next));

  show(sequence, currentStep(sequence));
}

export function startScrollies(): void {
  for (const root of document.querySelectorAll<HTMLElement>('[data-scrolly]')) {
    if (!root.classList.contains('is-live')) start(root);
  }
}
