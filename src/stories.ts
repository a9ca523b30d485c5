/**
 * The featured stories' carousel, loaded only on pages that have one: the WAI-ARIA Authoring Practices
 * carousel with a rotation control first, previous and next buttons and a slide picker. It turns every
 * `data-interval` milliseconds, and not at all while the pointer is over it, while the keyboard focus is in
 * it, once a visitor stops it, or from the start when they prefer reduced motion. While it turns, the
 * slides are not announced (`aria-live="off"`); once it stands still, a newly shown slide is.
 */
export function enableCarousels(): void {
  for (const root of document.querySelectorAll<HTMLElement>('[data-carousel]')) carousel(root);
}

function carousel(root: HTMLElement): void {
  const slides = [...root.querySelectorAll<HTMLElement>('[data-carousel-slide]')];
  const picks = [...root.querySelectorAll<HTMLButtonElement>('[data-carousel-pick]')];
  const rotation = root.querySelector<HTMLButtonElement>('[data-carousel-rotation]');
  const controls = root.querySelector<HTMLElement>('[data-carousel-controls]');
  const list = root.querySelector<HTMLElement>('[data-carousel-slides]');
  if (!rotation || !controls || !list || slides.length < 2) {
    // Not a carousel after all: the grid it was built as, which the page's styles hold back until now.
    root.toggleAttribute('data-fallback', true);
    return;
  }
  const interval = Number(root.dataset.interval) || 7000;
  let current = 0;
  let stopped = matchMedia('(prefers-reduced-motion: reduce)').matches;
  let hovered = false;
  let focused = false;
  let timer: ReturnType<typeof setInterval> | undefined;

  const show = (index: number) => {
    current = (index + slides.length) % slides.length;
    slides.forEach((slide, i) => (slide.hidden = i !== current));
    picks.forEach((pick, i) => pick.setAttribute('aria-current', String(i === current)));
  };
  const update = () => {
    const turning = !stopped && !hovered && !focused;
    clearInterval(timer);
    timer = turning ? setInterval(() => show(current + 1), interval) : undefined;
    list.setAttribute('aria-live', turning ? 'off' : 'polite');
    rotation.dataset.state = stopped ? 'stopped' : 'turning';
    rotation.setAttribute('aria-label', (stopped ? root.dataset.labelStart : root.dataset.labelStop) ?? '');
  };

  root.classList.add('is-carousel');
  controls.hidden = false;
  show(0);
  update();
  rotation.addEventListener('click', () => {
    stopped = !stopped;
    update();
  });
  root.querySelector('[data-carousel-previous]')?.addEventListener('click', () => show(current - 1));
  root.querySelector('[data-carousel-next]')?.addEventListener('click', () => show(current + 1));
  picks.forEach((pick, i) => pick.addEventListener('click', () => show(i)));
  root.addEventListener('pointerenter', () => {
    hovered = true;
    update();
  });
  root.addEventListener('pointerleave', () => {
    hovered = false;
    update();
  });
  // The rotation control is where a visitor starts it again, so focus there does not hold it.
  root.addEventListener('focusin', (event) => {
    focused = event.target !== rotation;
    update();
  });
  root.addEventListener('focusout', (event) => {
    if (!root.contains(event.relatedTarget as Node | null)) {
      focused = false;
      update();
    }
  });
}
