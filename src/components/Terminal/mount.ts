// Browser entry of the terminal island: loads xterm.js, its fit addon and the simulator on demand
// (dynamic imports keep them out of every page that has no terminal, and out of the SSR build),
// then wires keys and screen to a TerminalSession. The host element reports its state in
// `data-status` (loading, ready, running, failed) for styles and browser tests.
import type { Terminal as XTerm } from '@xterm/xterm';
import { DARK, LIGHT } from './themes.ts';
import { TerminalSession, type TerminalPort } from './terminal-session.ts';

const GREETING =
  'Welcome to the Dockyard playground. Docker here is simulated in your browser: nothing runs on your machine.\r\n' +
  'Try \x1b[1mdocker run hello-world\x1b[0m, or press Tab to complete a command.\r\n\r\n';

function port(term: XTerm): TerminalPort {
  return {
    write: (text) => term.write(text),
    get cols() {
      return term.cols;
    },
    cursorColumn: () => new Promise((resolve) => term.write('', () => resolve(term.buffer.active.cursorX))),
  };
}

function randomSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0];
}

/**
 * Keys the browser keeps rather than the terminal: Esc then Tab moves focus out of the
 * terminal (no keyboard trap), and Ctrl+C with text selected copies it instead of interrupting.
 */
function browserKeys(term: XTerm): (event: KeyboardEvent) => boolean {
  let escaped = false;
  return (event) => {
    if (event.type !== 'keydown') return true;
    const leave = escaped && event.key === 'Tab';
    escaped = event.key === 'Escape';
    if (leave) return false;
    const copy = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'c' && term.hasSelection();
    return !copy;
  };
}

declare global {
  interface Window {
    /** The playground's xterm instance, for browser tests and debugging. */
    __dockyardTerm?: XTerm;
  }
}

export async function mountTerminal(host: HTMLElement): Promise<void> {
  const screen = host.querySelector<HTMLElement>('[data-terminal-screen]') ?? host;
  const [{ Terminal }, { FitAddon }, { createSimulator }] = await Promise.all([
    import('@xterm/xterm'),
    import('@xterm/addon-fit'),
    import('../../simulator/index.ts'),
  ]);
  const dark = matchMedia('(prefers-color-scheme: dark)');
  const term = new Terminal({
    convertEol: true, // simulator output uses "\n"; a tty's ONLCR turns it into CR LF
    cursorBlink: true,
    fontFamily: 'ui-monospace, "SFMono-Regular", "Cascadia Mono", Menlo, Consolas, "Liberation Mono", monospace',
    fontSize: 14,
    scrollback: 5000,
    theme: dark.matches ? DARK : LIGHT,
  });
  dark.addEventListener('change', (e) => (term.options.theme = e.matches ? DARK : LIGHT));
  const fit = new FitAddon();
  term.loadAddon(fit);
  term.open(screen);
  fit.fit();

  const seed = host.dataset.seed ? Number(host.dataset.seed) : randomSeed();
  const sim = createSimulator({ seed: Number.isFinite(seed) ? seed : randomSeed() });
  const session = new TerminalSession(port(term), sim, (status) => (host.dataset.status = status));
  term.attachCustomKeyEventHandler(browserKeys(term));
  term.onData((data) => session.input(data));
  new ResizeObserver(() => {
    fit.fit();
    session.resize();
  }).observe(screen);

  window.__dockyardTerm = term;
  session.start(GREETING);
  term.focus();
}

export function mountAll(): void {
  for (const host of document.querySelectorAll<HTMLElement>('[data-terminal]')) {
    mountTerminal(host).catch((error: unknown) => {
      console.error('dockyard: terminal failed to start', error);
      host.dataset.status = 'failed';
    });
  }
}
