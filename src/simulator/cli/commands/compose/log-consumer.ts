// docker/compose's log consumer (cmd/formatter/logs.go, colors.go): each container gets a
// presenter the first time it logs, with the next colour of the rainbow (cyan, yellow, green,
// magenta, blue, then their intense forms) and a "name  | " prefix padded to the longest name
// registered so far. Lines go to stdout; the coloured text only to a terminal (the resolved
// result keeps the plain text).
import { formatLogTimestamp } from '../../../util/format/units.ts';
import type { CommandContext } from '../../command.ts';
import type { LogLine } from '../container/log-lines.ts';

const RAINBOW = ['36', '33', '32', '35', '34', '36;1', '33;1', '32;1', '35;1', '34;1'];

interface Presenter {
  name: string;
  color: string;
  prefix: string;
}

export interface LogConsumerOptions {
  /** !--no-color, and stdout a terminal (compose's SetANSIMode "auto"). */
  color: boolean;
  /** !--no-log-prefix. */
  prefix: boolean;
}

function paint(code: string, s: string): string {
  return code ? `\x1b[${code}m${s}\x1b[0m` : s;
}

export class LogConsumer {
  private readonly presenters = new Map<string, Presenter>();
  private next = 0;
  private readonly ctx: CommandContext;
  private readonly opts: LogConsumerOptions;

  constructor(ctx: CommandContext, opts: LogConsumerOptions) {
    this.ctx = ctx;
    this.opts = opts;
  }

  private register(name: string): Presenter {
    const color = this.opts.color ? RAINBOW[this.next++ % RAINBOW.length] : '';
    const p: Presenter = { name, color, prefix: '' };
    this.presenters.set(name, p);
    const width = Math.max(...[...this.presenters.keys()].map((n) => n.length)) + 1;
    if (this.opts.prefix) for (const q of this.presenters.values()) q.prefix = `${q.name.padEnd(width)} | `;
    return p;
  }

  /**
   * Registers containers before their first line. compose reads every container's log at once,
   * so all of them have usually logged (and widened the prefixes) before most lines print; the
   * simulator prints container by container and registers them first to look the same.
   */
  prepare(names: string[]): void {
    for (const name of names) this.presenter(name);
  }

  private presenter(name: string): Presenter {
    return this.presenters.get(name) ?? this.register(name);
  }

  /**
   * One message (may hold several lines) from a container; `stream` 'stderr' is the consumer's
   * Err (an attached container's stderr, which `up` prints on stderr).
   */
  log(container: string, message: string, stream: 'stdout' | 'stderr' = 'stdout'): void {
    const p = this.presenter(container);
    const out = stream === 'stderr' ? this.ctx.stderr : this.ctx.stdout;
    const lines = message.split('\n');
    const plain = lines.map((l) => `${p.prefix}${l}\n`).join('');
    if (!p.color || !this.opts.prefix) {
      out.write(plain);
      return;
    }
    out.streamOnly(lines.map((l) => `${paint(p.color, p.prefix)}${l}\n`).join(''));
    out.resultOnly(plain);
  }

  /** Lines of a container's log as the daemon sends them (with -t, its timestamp first), one message each. */
  logLines(container: string, lines: LogLine[], timestamps: boolean): void {
    for (const line of lines) {
      const text = line.text.endsWith('\n') ? line.text.slice(0, -1) : line.text;
      this.log(container, timestamps ? `${formatLogTimestamp(line.t)} ${text}` : text);
    }
  }

  /** A status line ("web-1 exited with code 0"), the whole line coloured, after goterm's RESET_LINE. */
  status(container: string, message: string): void {
    const p = this.presenter(container);
    const text = `${container} ${message}\n`;
    if (!this.ctx.tty) {
      this.ctx.stdout.write(text);
      return;
    }
    this.ctx.stdout.streamOnly(paint(p.color, `\r\x1b[K${text}`));
    this.ctx.stdout.resultOnly(text);
  }
}
