// Fills each lesson card's progress line from the saved progress: complete, how many goals are
// met, or not started.
import { mountNotices } from '../Notices/notices-view.ts';
import { lessonProgress, progressStore } from '../../stores/progress.ts';

export function progressText(p: { goals: boolean[]; completed: boolean }, total: number): { text: string; state: string } {
  if (p.completed) return { text: 'Complete ✓', state: 'complete' };
  const met = p.goals.filter(Boolean).length;
  if (p.goals.length === 0) return { text: `Not started · ${total} goals`, state: 'new' };
  return { text: `${met} of ${total} goals met`, state: 'started' };
}

export function showProgress(): void {
  mountNotices();
  const store = progressStore();
  for (const card of document.querySelectorAll<HTMLElement>('[data-lesson-card]')) {
    const slug = card.dataset.slug ?? '';
    const line = card.querySelector<HTMLElement>('[data-progress]');
    const { text, state } = progressText(lessonProgress(store, slug), Number(card.dataset.goals) || 0);
    card.dataset.state = state;
    if (line) line.textContent = text;
  }
}
