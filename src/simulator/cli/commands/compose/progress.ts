// Compose's progress display (docker/compose v5 cmd/compose/compose.go selectEventProcessor and
// cmd/display): --progress auto picks the TTY display when stderr is a terminal (and ANSI is not
// "never"), else plain lines " <id> <text> <details>" (fmt.Fprintln's spaces, so a trailing one
// when there are no details); quiet prints nothing, json one object per event. All on stderr.
import type { ComposeEvent, EventSink } from '../../../compose/apply/events.ts';
import { CliError } from '../../../errors/cli-error.ts';
import { goJsonString } from '../../../util/format/go-json.ts';
import type { CommandContext } from '../../command.ts';
import type { ComposeGlobals } from './project.ts';
import { TtyDisplay } from './progress-tty.ts';

export type ProgressMode = 'tty' | 'plain' | 'quiet' | 'json';

/** api.EventProcessor: Start/Done bracket an operation ("up", "down", "start" ...). */
export interface ComposeProgress extends EventSink {
  readonly mode: ProgressMode;
  start(operation: string): void;
  done(): void;
}

/** selectEventProcessor's choice, or its error for a contradictory --progress/--ansi. */
export function progressMode(ctx: CommandContext, g: Pick<ComposeGlobals, 'progress' | 'ansi'>): ProgressMode {
  switch (g.progress) {
    case '':
    case 'auto':
      return g.ansi !== 'never' && ctx.tty ? 'tty' : 'plain';
    case 'tty':
      if (g.ansi === 'never') throw new CliError("can't use --progress tty while ANSI support is disabled", 1);
      return 'tty';
    case 'plain':
      if (g.ansi === 'always') throw new CliError("can't use --progress plain while ANSI support is forced", 1);
      return 'plain';
    case 'quiet':
    case 'none':
      return 'quiet';
    case 'json':
      return 'json';
    default:
      throw new CliError(`unsupported --progress value ${JSON.stringify(g.progress)}`, 1);
  }
}

const STATUS_TEXT: Record<ComposeEvent['status'], string> = { working: 'Working', done: 'Done', warning: 'Warning', error: 'Error' };

/** display.JSON: json.Marshal of jsonMessage (omitempty fields, HTML-escaped strings). */
function jsonLine(e: ComposeEvent): string {
  const fields: [string, string | number | undefined][] = [
    ['id', e.id], ['parent_id', e.parentId], ['status', STATUS_TEXT[e.status]], ['text', e.text],
    ['details', e.details], ['current', e.current], ['total', e.total], ['percent', e.percent],
  ];
  const body = fields
    .filter(([, v]) => v !== undefined && v !== '' && v !== 0)
    .map(([k, v]) => `"${k}":${typeof v === 'number' ? String(v) : goJsonString(v as string, true)}`)
    .join(',');
  return `{${body}}\n`;
}

class LineProgress implements ComposeProgress {
  readonly mode: ProgressMode;
  private readonly ctx: CommandContext;

  constructor(ctx: CommandContext, mode: ProgressMode) {
    this.ctx = ctx;
    this.mode = mode;
  }

  start(): void {}
  done(): void {}

  on(...events: ComposeEvent[]): void {
    if (this.mode === 'quiet') return;
    for (const e of events) {
      this.ctx.stderr.write(this.mode === 'json' ? jsonLine(e) : ` ${e.id} ${e.text} ${e.details ?? ''}\n`);
    }
  }
}

/** The event processor a compose command reports through; `detached`: up -d / --wait. */
export function composeProgress(ctx: CommandContext, g: Pick<ComposeGlobals, 'progress' | 'ansi'>, opts: { detached?: boolean } = {}): ComposeProgress {
  const mode = progressMode(ctx, g);
  return mode === 'tty' ? new TtyDisplay(ctx, opts.detached ?? false) : new LineProgress(ctx, mode);
}
