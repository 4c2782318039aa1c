// The resizable split between reading pane and workspace: a focusable separator (WAI-ARIA
// window splitter) moved by pointer or keyboard. The value is the reading pane's share of the
// width in percent; the layout reads it from the --split custom property.
export const SPLIT_MIN = 25;
export const SPLIT_MAX = 75;
const STEP = 5;

export function clampSplit(value: number): number {
  return Math.round(Math.min(SPLIT_MAX, Math.max(SPLIT_MIN, value)));
}

/** The split after a key press on the separator, or undefined for keys it ignores. */
export function splitAfterKey(value: number, key: string, fallback: number): number | undefined {
  switch (key) {
    case 'ArrowLeft':
    case 'ArrowUp':
      return clampSplit(value - STEP);
    case 'ArrowRight':
    case 'ArrowDown':
      return clampSplit(value + STEP);
    case 'Home':
      return SPLIT_MIN;
    case 'End':
      return SPLIT_MAX;
    case 'Enter':
      return clampSplit(fallback);
    default:
      return undefined;
  }
}

/** Wire a separator: `apply` shows a value, `save` keeps it once the learner is done moving. */
export function bindSplitter(
  separator: HTMLElement,
  layout: HTMLElement,
  initial: number,
  fallback: number,
  save: (value: number) => void,
): void {
  let value = clampSplit(initial);
  const apply = (v: number) => {
    value = clampSplit(v);
    layout.style.setProperty('--split', `${value}%`);
    separator.setAttribute('aria-valuenow', String(value));
    separator.setAttribute('aria-valuetext', `Reading pane ${value}% of the width`);
  };
  apply(value);
  separator.addEventListener('keydown', (e) => {
    const next = splitAfterKey(value, e.key, fallback);
    if (next === undefined) return;
    e.preventDefault();
    apply(next);
    save(value);
  });
  separator.addEventListener('pointerdown', (e) => {
    separator.setPointerCapture(e.pointerId);
    const box = layout.getBoundingClientRect();
    const move = (ev: PointerEvent) => apply(((ev.clientX - box.left) / box.width) * 100);
    const up = () => {
      separator.removeEventListener('pointermove', move);
      separator.removeEventListener('pointerup', up);
      save(value);
    };
    separator.addEventListener('pointermove', move);
    separator.addEventListener('pointerup', up);
  });
}
