// The workspace's first script, on every page with a terminal: small, so the page is usable at
// once. It loads the workspace chunk (xterm.js, the simulator, the state panel) when the terminal
// scrolls into view, is clicked, or is asked to run a command or reset; requests made before the
// chunk arrives wait for it.
import { prefsStore } from '../../stores/prefs.ts';
import { RUN_EVENT, type RunEventDetail } from './events.ts';
import type { WorkspaceHandle } from './workspace.ts';


function bootOne(host: HTMLElement): void {
  const root = host.closest<HTMLElement>('[data-workspace-root]') ?? host;
  let loading: Promise<WorkspaceHandle> | undefined;
  const load = () =>
    (loading ??= (async () => {
      performance.mark('dockyard:workspace-import');
      // All three chunks at once; workspace.ts imports the other two itself (from the module cache).
      const [{ startWorkspace }] = await Promise.all([import('./workspace.ts'), import('../../simulator/index.ts'), import('../Terminal/mount.ts')]);
      return startWorkspace(root, host);
    })().catch((error: unknown) => {
      console.error('dockyard: terminal failed to start', error);
      host.dataset.status = 'failed';
      throw error;
    }));

  // Where the layout shows the terminal at once (`data-eager-media`: a wide lesson page, the
  // playground), load now, without waiting for layout; elsewhere (a phone, the terminal below the
  // text) load when it scrolls into view.
  const eager = host.dataset.eagerMedia;
  if (eager && matchMedia(eager).matches) {
    void load();
  } else {
    const seen = new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      seen.disconnect();
      void load();
    });
    seen.observe(host);
  }
  host.addEventListener('pointerdown', () => void load(), { once: true });

  document.addEventListener(RUN_EVENT, (e) => {
    const { commands } = (e as CustomEvent<RunEventDetail>).detail;
    void load().then((w) => w.run(commands));
  });
  root.querySelector('[data-reset]')?.addEventListener('click', () => {
    if (!confirm('Start over? Your containers, images and files here go back to how they were at the start.')) return;
    void load().then((w) => w.reset());
  });
  const sr = root.querySelector<HTMLButtonElement>('[data-screen-reader]');
  sr?.setAttribute('aria-pressed', String(prefsStore().getState().screenReader));
  sr?.addEventListener('click', () => {
    const on = sr.getAttribute('aria-pressed') !== 'true';
    sr.setAttribute('aria-pressed', String(on));
    void load().then((w) => w.setScreenReader(on));
  });
}

export function bootWorkspaces(): void {
  for (const host of document.querySelectorAll<HTMLElement>('[data-terminal]')) bootOne(host);
}
