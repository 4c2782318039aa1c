// The bits of docker/cli's internal/tui (and morikuni/aec) the image tree uses: its colours as
// aec writes them ("\x1b[34m\x1b[1m" + text + "\x1b[0m"), the "U" chip, the "Info ->" legend,
// and widths that ignore ANSI codes. Off a terminal every style is the identity.

export type Style = (s: string) => string;

const RESET = '\x1b[0m';
const sgr = (...codes: number[]) => codes.map((c) => `\x1b[${c}m`).join('');

const STYLES = {
  /** tui.ColorTitle: default foreground, bold. */
  title: sgr(39, 1),
  /** The tree's image names: blue, bold. */
  name: sgr(34, 1),
  /** tui.ColorSecondary. */
  normal: sgr(39),
  /** tui.ColorTertiary: default foreground, faint. */
  untagged: sgr(39, 2),
} as const;

export function ansi(tty: boolean, kind: keyof typeof STYLES): Style {
  return tty ? (s) => STYLES[kind] + s + RESET : (s) => s;
}

/** The "U" (In Use) chip: tui.Chip(0, 14, " U ") on a terminal, plain "U" otherwise. */
export function chipText(tty: boolean): string {
  return tty ? `\x1b[38;5;0m\x1b[48;5;14m U ${RESET}` : 'U';
}

/** tui.Width: display width without ANSI sequences (one column per code point here). */
export function textWidth(s: string): number {
  let plain = s;
  for (;;) {
    const start = plain.indexOf('\x1b');
    if (start === -1) break;
    const end = plain.indexOf('m', start);
    if (end === -1) break;
    plain = plain.slice(0, start) + plain.slice(end + 1);
  }
  return [...plain].length;
}

/** tui.Ellipsis (used once the text is wider than `length`): length-1 characters and "…". */
export function ellipsis(s: string, length: number): string {
  const chars = [...s];
  return chars.length < length ? s : `${chars.slice(0, Math.max(length - 1, 0)).join('')}…`;
}

/** The right-aligned legend line: "Info ->" header and each chip with its meaning. */
export function legend(tty: boolean, width: number): string {
  const header = tty
    ? `\x1b[1m\x1b[106m\x1b[30mi${RESET}${RESET} \x1b[96mInfo → ${RESET}${RESET}`
    : ' Info -> ';
  const text = `${header} ${chipText(tty)} In Use`;
  return ' '.repeat(Math.max(width - textWidth(text), 0)) + text;
}
