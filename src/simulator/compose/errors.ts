// Errors and warnings raised while loading a Compose project. Each error carries the exact text
// `docker compose` prints (compose-go wraps them with %w, so the message is the whole chain);
// warnings are logrus messages that compose-go emits while loading, kept as values so the
// command layer decides where and how they are printed (formatLogrus).

/** Loosely mirrors compose-go's errdefs: which sentinel the message ends with. */
export type ComposeErrorKind = 'notFound' | 'invalid' | 'parse' | 'validation' | 'interpolation' | 'other';

export class ComposeError extends Error {
  readonly kind: ComposeErrorKind;
  constructor(kind: ComposeErrorKind, message: string) {
    super(message);
    this.kind = kind;
    this.name = 'ComposeError';
  }
}

export function isComposeError(e: unknown): e is ComposeError {
  return e instanceof ComposeError;
}

/** errdefs.ErrInvalid's text: every consistency error ends with it. */
export const ERR_INVALID = 'invalid compose project';

export function invalid(message: string): ComposeError {
  return new ComposeError('invalid', `${message}: ${ERR_INVALID}`);
}

export function fail(message: string, kind: ComposeErrorKind = 'other'): ComposeError {
  return new ComposeError(kind, message);
}

export interface ComposeWarning {
  level: 'warning';
  message: string;
}

/** Collects warnings in order; the loader threads one through every step. */
export class Warnings {
  readonly list: ComposeWarning[] = [];
  warn(message: string): void {
    this.list.push({ level: 'warning', message });
  }
}

export interface LogrusFormat {
  /** stderr is a terminal: logrus's coloured "WARN[0000] msg" form. */
  tty: boolean;
  /** Seconds since the process started, for the [0000] counter (always 0 for a load). */
  elapsedSeconds?: number;
  /** RFC3339 time for the non-terminal form: time="..." level=warning msg="...". */
  time?: string;
}

/**
 * A logrus TextFormatter line (sirupsen/logrus v1.9 printColored / non-coloured forms).
 * On a terminal: "\x1b[33mWARN\x1b[0m[0000] <message padded to 44> " then a newline.
 */
export function formatLogrus(warning: ComposeWarning, format: LogrusFormat): string {
  const message = warning.message.replace(/\n$/, '');
  if (format.tty) {
    const secs = String(format.elapsedSeconds ?? 0).padStart(4, '0');
    return `\x1b[33mWARN\x1b[0m[${secs}] ${message.padEnd(44, ' ')} \n`;
  }
  const time = format.time ?? '0001-01-01T00:00:00Z';
  return `time=${logfmtValue(time)} level=warning msg=${logfmtValue(message)}\n`;
}

/** logrus quotes a value unless it is made only of [A-Za-z0-9-._/@^+] characters. */
function logfmtValue(value: string): string {
  if (value !== '' && /^[A-Za-z0-9\-._/@^+]+$/.test(value)) return value;
  return JSON.stringify(value);
}
