// Compose's TTY display (docker/compose v5 cmd/display/tty.go ttyWriter): during an operation a
// block "[+] up 3/4" with one line per resource (spinner or ✔, id, aligned status, timer) is
// redrawn in place on stderr; after it, events print as single lines. Redraws follow the
// simulated clock (compose ticks every 100 ms); the result keeps the final block.
import type { ComposeEvent } from '../../../compose/apply/events.ts';
import { RESOURCE_COMPOSE } from '../../../compose/apply/events.ts';
import { formatFloat } from '../../../util/format/go-fmt.ts';
import { humanSize } from '../../../util/format/units.ts';
import type { CommandContext } from '../../command.ts';
import { TTY_COLUMNS } from '../../progress.ts';
import type { ComposeProgress } from './progress.ts';

const ESC = '\x1b[';
const paint = (code: string) => (s: string) => `${code}${s}${ESC}0m`;
const SUCCESS = paint(`${ESC}32m`);
const TIMER = paint(`${ESC}34m`);
const COUNT = paint(`${ESC}33m`);
const WARNING = paint(`${ESC}33m${ESC}1m`);
const ERROR = paint(`${ESC}31m${ESC}1m`);
const SPINNER = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
const PERCENT = [...'⠀⡀⣀⣄⣤⣦⣶⣷⣿'];
const HEIGHT = 24;

interface Task {
  id: string;
  parent?: string;
  parents: Set<string>;
  start: number;
  end?: number;
  text: string;
  details: string;
  status: ComposeEvent['status'];
  current: number;
  total: number;
  percent: number;
}

interface Line {
  spinner: string;
  taskId: string;
  progress: string;
  sizeLen: number;
  status: string;
  statusColor: (s: string) => string;
  details: string;
  timer: string;
  statusPad: number;
  timerPad: number;
}

const colorOf = (s: ComposeEvent['status']) => (s === 'done' ? SUCCESS : s === 'warning' ? WARNING : s === 'error' ? ERROR : (x: string) => x);
const runes = (s: string) => [...s].length;
const visible = (s: string) => runes(s.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, ''));

export class TtyDisplay implements ComposeProgress {
  readonly mode = 'tty' as const;
  private readonly ctx: CommandContext;
  private readonly detached: boolean;
  private readonly tasks = new Map<string, Task>();
  private operation = '';
  private repeated = false;
  private numLines = 0;
  private lastDraw = -Infinity;

  constructor(ctx: CommandContext, detached: boolean) {
    this.ctx = ctx;
    this.detached = detached;
  }

  private now(): number {
    return this.ctx.engine.now();
  }

  start(operation: string): void {
    this.operation = operation;
  }

  done(): void {
    if (this.tasks.size > 0) {
      this.ctx.stderr.streamOnly(this.frame(true));
      this.ctx.stderr.resultOnly(this.frame(false));
    }
    this.operation = '';
  }

  on(...events: ComposeEvent[]): void {
    for (const e of events) {
      if (e.id === RESOURCE_COMPOSE) {
        this.ctx.stderr.write(`${ERROR(e.details ?? '')}\n`);
        continue;
      }
      if (this.operation !== 'start' && (e.text === 'Started' || e.text === 'Starting') && !this.detached) continue;
      this.record(e);
      if (this.operation === '') this.ctx.stderr.write(`${e.id} ${colorOf(e.status === 'working' ? 'done' : e.status)(e.text)} ${e.details ?? ''}\n`);
    }
    if (this.operation !== '' && this.now() - this.lastDraw >= 100) this.ctx.stderr.streamOnly(this.frame(true));
  }

  private record(e: ComposeEvent): void {
    const t = this.tasks.get(e.id);
    if (!t) {
      const task: Task = { id: e.id, parents: new Set(), start: this.now(), text: e.text, details: e.details ?? '', status: e.status, current: e.current ?? 0, total: e.total ?? 0, percent: e.percent ?? 0 };
      if (e.parentId) {
        task.parent = e.parentId;
        task.parents.add(e.parentId);
      }
      if (e.status !== 'working') task.end = task.start;
      this.tasks.set(e.id, task);
      return;
    }
    if (e.parentId) {
      t.parents.add(e.parentId);
      if (t.parent !== e.parentId) return;
    }
    if (e.status !== 'working' && t.status !== e.status) t.end = this.now();
    if (e.status === 'working') t.end = undefined;
    Object.assign(t, { status: e.status, text: e.text, details: e.details ?? '' });
    t.total = Math.max(t.total, e.total ?? 0);
    t.current = Math.max(t.current, e.current ?? 0);
    t.percent = Math.max(t.percent, e.percent ?? 0);
  }

  /** printWithDimensions: the block, with cursor moves when `ansi` (the screen). */
  private frame(ansi: boolean): string {
    this.lastDraw = this.now();
    const all = [...this.tasks.values()];
    const done = all.filter((t) => t.status !== 'working').length;
    let out = `[+] ${this.operation} ${done}/${all.length}\n`;
    if (ansi) {
      const up = this.repeated ? this.numLines + 1 : 0;
      this.repeated = true;
      out = `${ESC}?25l${up > 0 ? `${ESC}${up}A` : ''}${ESC}0G${out}`;
    }
    const parents = all.filter((t) => t.parents.size === 0);
    const maxLines = Math.max(HEIGHT - 2, 1);
    const showMore = parents.length > maxLines;
    const shown = showMore ? parents.slice(0, maxLines - 1) : parents;
    const lines = shown.map((t) => this.lineData(t, all));
    const timerLen = Math.max(0, ...lines.map((l) => l.timer.length));
    for (const l of lines) l.timer = l.timer.padStart(timerLen);
    adjustWidths(lines, timerLen);
    applyPadding(lines, timerLen);
    let n = 0;
    for (const l of lines) {
      out += lineText(l);
      n++;
    }
    if (showMore) {
      const more = ` ... ${parents.length - shown.length} more`;
      out += `${more}${' '.repeat(Math.max(TTY_COLUMNS - more.length, 0))}\n`;
      n++;
    }
    if (ansi) {
      for (; n < this.numLines; n++) out += `${' '.repeat(TTY_COLUMNS)}\n`;
      this.numLines = n;
      out += `${ESC}?25h`;
    }
    return out;
  }

  private lineData(t: Task, all: Task[]): Line {
    const end = t.status === 'working' ? this.now() : (t.end ?? t.start);
    let hide = false;
    let total = 0;
    let current = 0;
    const completion: string[] = [];
    if (t.status === 'working') {
      for (const child of all.filter((c) => c.parents.has(t.id))) {
        if (child.status === 'working' && child.total === 0) hide = true;
        total += child.total;
        current += child.current;
        completion.push(PERCENT[Math.trunc((8 * Math.min(child.percent, 100)) / 100)]);
      }
    }
    if (total === 0) hide = true;
    let progress = '';
    let sizeLen = 0;
    if (completion.length > 0) {
      progress = ` [${SUCCESS(completion.join(''))}]`;
      if (!hide) {
        const size = ` ${humanSize(current).padStart(7)} / ${humanSize(total).padEnd(7)}`;
        progress += size;
        sizeLen = size.length;
      }
    }
    const spin = t.status === 'done' ? SUCCESS('✔') : t.status === 'warning' ? WARNING('!') : t.status === 'error' ? ERROR('✘') : COUNT(SPINNER[Math.trunc((this.now() - t.start) / 100) % SPINNER.length]);
    return {
      spinner: spin, taskId: t.id, progress, sizeLen, status: t.text, statusColor: colorOf(t.status),
      details: t.details, timer: `${formatFloat((end - t.start) / 1000, 'f', 1)}s`, statusPad: 0, timerPad: 0,
    };
  }
}

const before = (l: Line) => 3 + runes(l.taskId) + visible(l.progress);

/** adjustLineWidth: drop details, then the size info, then shorten the longest id, until it fits. */
function adjustWidths(lines: Line[], timerLen: number): void {
  const maxStatus = Math.max(0, ...lines.map((l) => l.status.length));
  for (let guard = 0; guard < 100; guard++) {
    const maxBefore = Math.max(0, ...lines.map(before));
    const overflow = Math.max(0, ...lines.map((l) => maxBefore + 1 + maxStatus + (l.details.length ? l.details.length + 1 : 0) + 1 + timerLen - TTY_COLUMNS));
    if (overflow <= 0) return;
    if (!truncateDetails(lines, overflow) && !truncateSize(lines) && !truncateId(lines, overflow)) return;
  }
}

function truncateDetails(lines: Line[], overflow: number): boolean {
  const l = lines.find((x) => x.details !== '');
  if (!l) return false;
  l.details = l.details.length > 3 ? `${l.details.slice(0, l.details.length - Math.min(overflow, l.details.length - 3) - 3)}...` : '';
  return true;
}

function truncateSize(lines: Line[]): boolean {
  let best: Line | undefined;
  for (const l of lines) if (l.sizeLen > 0 && (!best || before(l) > before(best))) best = l;
  if (!best) return false;
  best.progress = best.progress.slice(0, best.progress.length - best.sizeLen);
  best.sizeLen = 0;
  return true;
}

function truncateId(lines: Line[], overflow: number): boolean {
  let longest: Line | undefined;
  let len = 10;
  for (const l of lines) if (runes(l.taskId) > len) [longest, len] = [l, runes(l.taskId)];
  if (!longest) return false;
  longest.taskId = `${[...longest.taskId].slice(0, Math.max(len - overflow - 3, 7)).join('')}...`;
  return true;
}

function applyPadding(lines: Line[], timerLen: number): void {
  const maxBefore = Math.max(0, ...lines.map(before));
  for (const l of lines) {
    l.statusPad = maxBefore - before(l);
    const len = before(l) + l.statusPad + 1 + runes(l.status) + (l.details ? 1 + runes(l.details) : 0);
    l.timerPad = Math.max(TTY_COLUMNS - len - timerLen, 1);
  }
}

function lineText(l: Line): string {
  const details = l.details ? ` ${l.details}` : '';
  return ` ${l.spinner} ${l.taskId}${l.progress}${' '.repeat(l.statusPad)} ${l.statusColor(l.status)}${details}${' '.repeat(l.timerPad)}${TIMER(l.timer)}\n`;
}
