// Splits an xterm `onData` chunk into keys: one escape sequence, one control character, or a
// run of printable text. A paste arrives as one chunk ("docker ps\rdocker images\r"); splitting
// it lets the terminal run it line by line, as a shell reading a tty does.

/** Named keys, as xterm encodes them in `onData` (normal and application cursor mode). */
export const KEY = {
  enter: '\r',
  tab: '\t',
  backspace: '\x7f',
  ctrlH: '\b',
  ctrlA: '\x01',
  ctrlB: '\x02',
  ctrlC: '\x03',
  ctrlD: '\x04',
  ctrlE: '\x05',
  ctrlF: '\x06',
  ctrlK: '\x0b',
  ctrlL: '\x0c',
  ctrlN: '\x0e',
  ctrlP: '\x10',
  ctrlU: '\x15',
  ctrlW: '\x17',
  up: '\x1b[A',
  down: '\x1b[B',
  right: '\x1b[C',
  left: '\x1b[D',
  home: '\x1b[H',
  end: '\x1b[F',
  delete: '\x1b[3~',
} as const;

const ESC = '\x1b';

/** Length of the escape sequence starting at `i` (which holds ESC). */
function escapeLength(data: string, i: number): number {
  const next = data[i + 1];
  if (next === undefined) return 1;
  if (next === '[') {
    // CSI: parameter and intermediate bytes, then one final byte in @..~
    let j = i + 2;
    while (j < data.length && !/[@-~]/.test(data[j])) j++;
    return Math.min(j + 1, data.length) - i;
  }
  if (next === 'O') return Math.min(3, data.length - i); // SS3: ESC O A
  return 2; // Alt+key: ESC b
}

function isControl(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c < 0x20 || c === 0x7f;
}

/** Split one `onData` chunk into keys; printable runs stay together. A lone "\n" counts as Enter. */
export function splitKeys(data: string): string[] {
  const keys: string[] = [];
  let i = 0;
  while (i < data.length) {
    const ch = data[i];
    if (ch === ESC) {
      const n = escapeLength(data, i);
      keys.push(data.slice(i, i + n));
      i += n;
    } else if (ch === '\r' && data[i + 1] === '\n') {
      keys.push(KEY.enter);
      i += 2;
    } else if (ch === '\n') {
      keys.push(KEY.enter);
      i += 1;
    } else if (isControl(ch)) {
      keys.push(ch);
      i += 1;
    } else {
      let j = i + 1;
      while (j < data.length && data[j] !== ESC && !isControl(data[j])) j++;
      keys.push(data.slice(i, j));
      i = j;
    }
  }
  return keys;
}
