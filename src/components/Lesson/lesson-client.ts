// The lesson page's first script (kept small; the terminal loads separately): Run buttons, the
// resizable split, hints and solution, and the goals as the workspace reports them, with the
// learner's saved progress shown until then.
import { mountNotices } from '../Notices/notices-view.ts';
import { GOALS_EVENT, RUN_EVENT, type GoalsEventDetail, type RunEventDetail } from '../Workspace/events.ts';
import { prefsStore, SPLIT_DEFAULT } from '../../stores/prefs.ts';
import { lessonProgress, progressStore, revealHint, revealSolution, type LessonProgress } from '../../stores/progress.ts';
import { bindSplitter } from './split.ts';

function wireRunButtons(): void {
  document.addEventListener('click', (e) => {
    const button = (e.target as HTMLElement | null)?.closest<HTMLElement>('[data-run]');
    if (!button) return;
    const commands = (button.dataset.run ?? '').split('\n').filter((l) => l.trim() !== '');
    document.dispatchEvent(new CustomEvent<RunEventDetail>(RUN_EVENT, { detail: { commands } }));
    // Stacked layout: bring the terminal into view to show the answer.
    const terminal = document.querySelector('[data-terminal]');
    if (terminal && matchMedia('(max-width: 63.99rem)').matches) terminal.scrollIntoView({ block: 'nearest' });
  });
}

function wireHints(slug: string): void {
  const box = document.querySelector<HTMLElement>('[data-hints]');
  const button = box?.querySelector<HTMLButtonElement>('[data-hint-next]');
  if (!box || !button) return;
  const hints = [...box.querySelectorAll<HTMLElement>('[data-hint]')];
  const store = progressStore();
  const show = (p: LessonProgress) => {
    hints.forEach((h, i) => (h.hidden = i >= p.hints));
    button.hidden = p.hints >= hints.length;
    button.textContent = p.hints === 0 ? `Show a hint (1 of ${hints.length})` : `Show another hint (${p.hints + 1} of ${hints.length})`;
  };
  show(lessonProgress(store, slug));
  button.addEventListener('click', () => {
    revealHint(store, slug, hints.length);
    const p = lessonProgress(store, slug);
    show(p);
    hints[p.hints - 1]?.setAttribute('tabindex', '-1');
    hints[p.hints - 1]?.focus();
  });
}

function wireSolution(slug: string): void {
  const button = document.querySelector<HTMLButtonElement>('[data-solution-toggle]');
  const body = document.getElementById('solution');
  if (!button || !body) return;
  const store = progressStore();
  const set = (open: boolean) => {
    body.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
    button.textContent = open ? 'Hide the solution' : 'Show the solution';
  };
  set(lessonProgress(store, slug).solution);
  button.addEventListener('click', () => {
    const open = body.hidden !== false;
    if (open) revealSolution(store, slug);
    set(open);
  });
}

function wireGoals(slug: string): void {
  const items = [...document.querySelectorAll<HTMLElement>('[data-goal]')];
  const announcer = document.querySelector<HTMLElement>('[data-goal-announcer]');
  const complete = document.querySelector<HTMLElement>('[data-complete]');
  const counter = document.querySelector<HTMLElement>('[data-goal-count]');
  const store = progressStore();
  const mark = (done: boolean[], missing: (string | undefined)[] = []) => {
    items.forEach((li, i) => {
      li.dataset.done = String(!!done[i]);
      const state = li.querySelector('[data-goal-state]');
      if (state) state.textContent = done[i] ? 'Done.' : missing[i] ? `Not done yet: ${missing[i]}` : 'Not done yet.';
    });
    if (counter) counter.textContent = `Goals ${done.filter(Boolean).length} of ${items.length}`;
  };
  const showComplete = () => {
    if (complete) complete.hidden = !lessonProgress(store, slug).completed;
  };
  mark(lessonProgress(store, slug).goals);
  showComplete();

  let previous: boolean[] | undefined;
  document.addEventListener(GOALS_EVENT, (e) => {
    const detail = (e as CustomEvent<GoalsEventDetail>).detail;
    if (detail.slug !== slug) return;
    const done = detail.results.map((r) => r.done);
    mark(done, detail.results.map((r) => r.missing));
    showComplete();
    if (previous && announcer) {
      const newly = items.filter((_, i) => done[i] && !previous?.[i]).map((li) => li.querySelector('.goal__text')?.textContent?.trim());
      const all = done.every(Boolean) && !previous.every(Boolean);
      if (newly.length > 0) announcer.textContent = `Goal done: ${newly.join('; ')}${all ? '. Every goal is done: lesson complete.' : ''}`;
    }
    previous = done;
  });
}

export function startLesson(): void {
  mountNotices();
  const root = document.querySelector<HTMLElement>('[data-lesson]');
  const slug = root ? (JSON.parse(root.dataset.lesson ?? '{}') as { slug?: string }).slug ?? '' : '';
  wireRunButtons();
  wireHints(slug);
  wireSolution(slug);
  wireGoals(slug);
  const separator = document.querySelector<HTMLElement>('[data-splitter]');
  if (root && separator) {
    const prefs = prefsStore();
    bindSplitter(separator, root, prefs.getState().split, SPLIT_DEFAULT, (split) => prefs.setState({ split }));
  }
}
