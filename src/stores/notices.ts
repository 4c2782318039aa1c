// Notices for the learner about saving: storage disabled, full or unreadable, or a saved world
// that cannot be restored. The page shows them in a status region; each kind shows once.
import { createStore } from 'zustand/vanilla';

export type NoticeKind = 'storage-unavailable' | 'storage-full' | 'storage-corrupt' | 'world-incompatible';

export interface Notice {
  kind: NoticeKind;
  text: string;
}

export const NOTICE_TEXT: Record<NoticeKind, string> = {
  'storage-unavailable':
    'Your browser does not let this site save anything, so your progress lasts only while this page is open. Everything else works.',
  'storage-full':
    'Your browser’s storage for this site is full, so recent changes are kept only in this page. Resetting a lesson frees space.',
  'storage-corrupt': 'Some saved data could not be read and was set aside; that part starts afresh. Everything else works.',
  'world-incompatible':
    'Your saved world comes from an older version of Dockyard and cannot be restored, so this lesson starts from its beginning.',
};

interface NoticeState {
  notices: Notice[];
}

export const noticeStore = createStore<NoticeState>(() => ({ notices: [] }));

export function notify(kind: NoticeKind): void {
  const { notices } = noticeStore.getState();
  if (notices.some((n) => n.kind === kind)) return;
  noticeStore.setState({ notices: [...notices, { kind, text: NOTICE_TEXT[kind] }] });
}

export function dismiss(kind: NoticeKind): void {
  noticeStore.setState({ notices: noticeStore.getState().notices.filter((n) => n.kind !== kind) });
}
