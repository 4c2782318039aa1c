// docker/cli's internal/tui notes and warnings (Output.PrintNote / PrintWarning): a blank line,
// a " Info -> " (or " Warn -> ") header, the text's lines indented under it. To a terminal the
// header is a coloured badge ("i Info → ") and the lines are italic (aec's SGR codes); the
// resolved result keeps the plain rendering.
import type { Output } from '../../command.ts';

const RESET = '\x1b[0m';
const sgr = (n: number, s: string) => `\x1b[${n}m${s}${RESET}`;

const HEADERS = {
  info: { plain: ' Info -> ', fancy: sgr(1, sgr(106, sgr(30, 'i')) + ' ' + sgr(96, 'Info → ')) },
  warn: { plain: ' Warn -> ', fancy: sgr(1, sgr(103, sgr(30, 'w')) + ' ' + sgr(93, 'Warn → ')) },
};

/** Both headers are nine columns wide. */
const INDENT = ' '.repeat(9);

export function noteText(text: string, fancy: boolean, kind: 'info' | 'warn' = 'info'): string {
  const h = HEADERS[kind];
  const lines = text.split('\n').map((l, i) => `${i > 0 ? INDENT : ''}${fancy ? sgr(3, l) : l}\n`);
  return `\n${fancy ? h.fancy : h.plain}${lines.join('')}`;
}

/** Print a note to `out`, fancy on a terminal. */
export function printNote(out: Output, tty: boolean, text: string, kind: 'info' | 'warn' = 'info'): void {
  if (!tty) {
    out.write(noteText(text, false, kind));
    return;
  }
  out.streamOnly(noteText(text, true, kind));
  out.resultOnly(noteText(text, false, kind));
}

/** aec.Bold / aec.Underline, which docker's login output applies whether or not it is a terminal. */
export const bold = (s: string) => sgr(1, s);
export const underline = (s: string) => sgr(4, s);
