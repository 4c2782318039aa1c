// Terminal colour palettes for xterm.js, one per OS colour scheme; backgrounds match
// --terminal-bg in src/styles/global.css.
import type { ITheme } from '@xterm/xterm';

// Palettes with readable contrast on their background (bold prompt text uses the bright colours).
export const DARK: ITheme = {
  background: '#0f1720',
  foreground: '#e6edf3',
  cursor: '#7cc4ff',
  cursorAccent: '#0f1720',
  selectionBackground: '#264f78',
  black: '#484f58',
  red: '#ff7b72',
  green: '#3fb950',
  yellow: '#d29922',
  blue: '#58a6ff',
  magenta: '#bc8cff',
  cyan: '#39c5cf',
  white: '#b1bac4',
  brightBlack: '#6e7681',
  brightRed: '#ffa198',
  brightGreen: '#56d364',
  brightYellow: '#e3b341',
  brightBlue: '#79c0ff',
  brightMagenta: '#d2a8ff',
  brightCyan: '#56d4dd',
  brightWhite: '#f0f6fc',
};

export const LIGHT: ITheme = {
  background: '#fbfcfd',
  foreground: '#1f2328',
  cursor: '#0b5cad',
  cursorAccent: '#fbfcfd',
  selectionBackground: '#b6d7ff',
  black: '#24292f',
  red: '#cf222e',
  green: '#116329',
  yellow: '#7d4e00',
  blue: '#0550ae',
  magenta: '#8250df',
  cyan: '#1b7c83',
  white: '#6e7781',
  brightBlack: '#57606a',
  brightRed: '#a40e26',
  brightGreen: '#1a7f37',
  brightYellow: '#633c01',
  brightBlue: '#0969da',
  brightMagenta: '#6639ba',
  brightCyan: '#3192aa',
  brightWhite: '#8c959f',
};

/** The page's colour scheme: the learner's choice (html[data-theme], set by public/theme.js) or the OS's. */
export function currentScheme(): 'light' | 'dark' {
  const chosen = document.documentElement.dataset.theme;
  if (chosen === 'light' || chosen === 'dark') return chosen;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** Call `listener` whenever the scheme may have changed (theme switch or OS setting). */
export function onSchemeChange(listener: () => void): void {
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', listener);
  new MutationObserver(listener).observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
}
