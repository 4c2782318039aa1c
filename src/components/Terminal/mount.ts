// Opens xterm.js (with its fit addon) in a terminal host's screen element: theme following the
// page's colour scheme, keys the browser should keep, fitting on resize. Imported only by the
// workspace chunk, which the page loads once the terminal is needed, so xterm.js stays out of
// the first load and out of the server build. The host's `data-status` (loading, ready, running,
// failed) serves styles and browser tests.
import { FitAddon } from '@xterm/addon-fit';
import { Terminal as XTerm } from '@xterm/xterm';
import { currentScheme, DARK, LIGHT, onSchemeChange } from './themes.ts';
import type { TerminalPort } from './terminal-session.ts';

declare global {
  interface Window {
    /** The page's xterm instance, for browser tests and debugging. */
    __dockyardTerm?: XTerm;
  }
}

export interface OpenTerminal {
  term: XTerm;
  port: TerminalPort;
  /** Called after the terminal changed size (the session re-reads the width). */
  onResize(listener: () => void): void;
}

function port(term: XTerm): TerminalPort {
  return {
    write: (text) => term.write(text),
    get cols() {
      return term.cols;
    },
    cursorColumn: () => new Promise((resolve) => term.write('', () => resolve(term.buffer.active.cursorX))),
    rowText: () =>
      new Promise((resolve) =>
        term.write('', () => {
          const b = term.buffer.active;
          resolve(b.getLine(b.baseY + b.cursorY)?.translateToString(false, 0, b.cursorX) ?? '');
        }),
      ),
  };
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

export function openTerminal(screen: HTMLElement, options: { screenReader?: boolean } = {}): OpenTerminal {
  const theme = () => (currentScheme() === 'dark' ? DARK : LIGHT);
  const term = new XTerm({
    convertEol: true, // simulator output uses "\n"; a tty's ONLCR turns it into CR LF
    cursorBlink: true,
    fontFamily: 'ui-monospace, "SFMono-Regular", "Cascadia Mono", Menlo, Consolas, "Liberation Mono", monospace',
    fontSize: 14,
    scrollback: 5000,
    theme: theme(),
    screenReaderMode: options.screenReader ?? false,
  });
  onSchemeChange(() => (term.options.theme = theme()));
  const fit = new FitAddon();
  term.loadAddon(fit);
  term.open(screen);
  fit.fit();
  term.attachCustomKeyEventHandler(browserKeys(term));
  const listeners: (() => void)[] = [];
  new ResizeObserver(() => {
    fit.fit();
    for (const l of listeners) l();
  }).observe(screen);
  window.__dockyardTerm = term;
  return { term, port: port(term), onResize: (l) => listeners.push(l) };
}
