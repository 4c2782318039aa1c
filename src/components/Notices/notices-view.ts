// Shows the notice store's messages (storage problems, an unrestorable world) in the page's
// status region, each with a button to dismiss it.
import { dismiss, noticeStore, type Notice } from '../../stores/notices.ts';

function render(region: HTMLElement, notices: Notice[]): void {
  region.replaceChildren(
    ...notices.map((n) => {
      const box = document.createElement('div');
      box.className = 'notice';
      box.dataset.notice = n.kind;
      const text = document.createElement('p');
      text.textContent = n.text;
      const close = document.createElement('button');
      close.type = 'button';
      close.textContent = 'Dismiss';
      close.addEventListener('click', () => dismiss(n.kind));
      box.append(text, close);
      return box;
    }),
  );
}

let mounted = false;

/** Start showing notices (once per page). */
export function mountNotices(): void {
  const region = document.querySelector<HTMLElement>('[data-notices]');
  if (mounted || !region) return;
  mounted = true;
  render(region, noticeStore.getState().notices);
  noticeStore.subscribe((s) => render(region, s.notices));
}
