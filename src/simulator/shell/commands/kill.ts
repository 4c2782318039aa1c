// kill, the builtin: signals by name or number (-9, -KILL, -s TERM), -l to list; each shell's
// message for a process that does not exist.
import type { CommandContext } from '../command.ts';

/** Linux signals 1-31 (bash calls 29 SIGIO, busybox and dash POLL/IO). */
const SIGNALS = ['HUP', 'INT', 'QUIT', 'ILL', 'TRAP', 'ABRT', 'BUS', 'FPE', 'KILL', 'USR1', 'SEGV', 'USR2', 'PIPE', 'ALRM', 'TERM', 'STKFLT', 'CHLD', 'CONT', 'STOP', 'TSTP', 'TTIN', 'TTOU', 'URG', 'XCPU', 'XFSZ', 'VTALRM', 'PROF', 'WINCH', 'IO', 'PWR', 'SYS'];

/** Real-time signals 34..64 as bash names them. */
function realtime(n: number): string {
  if (n === 34) return 'RTMIN';
  if (n === 64) return 'RTMAX';
  return n < 50 ? `RTMIN+${n - 34}` : `RTMAX-${64 - n}`;
}

function listSignals(ctx: CommandContext): string {
  if (ctx.flavour === 'busybox') return SIGNALS.map((s, i) => `${String(i + 1).padStart(2)}) ${s}\n`).join('');
  if (ctx.flavour === 'dash') return ['0', ...SIGNALS, '32', '33', ...Array.from({ length: 31 }, (_, i) => realtime(i + 34))].join('\n') + '\n';
  const all = [...SIGNALS.map((s, i) => `${String(i + 1).padStart(2)}) SIG${s}`), ...Array.from({ length: 31 }, (_, i) => `${i + 34}) SIG${realtime(i + 34)}`)];
  return `${all.map((e, i) => `${e}${(i + 1) % 5 === 0 ? '\n' : '\t'}`).join('')}\n`.replace(/\n\n$/, '\n');
}

function signalName(spec: string): string | null {
  if (/^\d+$/.test(spec)) return SIGNALS[Number(spec) - 1] ?? null;
  const name = spec.toUpperCase().replace(/^SIG/, '');
  return SIGNALS.includes(name) ? name : null;
}

function prefix(ctx: CommandContext): string {
  const w = ctx.shell.where();
  if (w.flavour === 'dash') return `${w.name}: ${w.line}: kill: `;
  if (w.flavour === 'busybox') return `${w.name}: `;
  return w.interactive ? `${w.name}: kill: ` : `${w.name}: line ${w.line}: kill: `;
}

export function kill(ctx: CommandContext): number {
  const args = ctx.argv.slice(1);
  let signal = 'TERM';
  if (args[0] === '-l' || args[0] === '-L') {
    ctx.io.stdout.write(listSignals(ctx));
    return 0;
  }
  if (args[0] === '-s' || args[0] === '-n') {
    args.shift();
    signal = signalName(args.shift() ?? '') ?? '';
  } else if (args[0]?.startsWith('-') && args[0] !== '--') {
    signal = signalName(args.shift()?.slice(1) ?? '') ?? '';
  }
  if (args[0] === '--') args.shift();
  if (signal === '') {
    ctx.io.stderr.write(`${prefix(ctx)}invalid signal specification\n`);
    return 1;
  }
  if (args.length === 0) {
    ctx.io.stderr.write(ctx.flavour === 'bash' ? `${prefix(ctx)}usage: kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... or kill -l [sigspec]\n` : `${prefix(ctx)}usage: kill [-s sigspec | -signum | -sigspec] [pid | job]... or\nkill -l [exitstatus]\n`);
    return ctx.flavour === 'bash' ? 2 : 1;
  }
  let status = 0;
  for (const a of args) {
    if (!/^-?\d+$/.test(a)) {
      const text = ctx.flavour === 'bash' ? `${a}: arguments must be process or job IDs` : ctx.flavour === 'dash' ? `Illegal number: ${a}` : `invalid number '${a}'`;
      ctx.io.stderr.write(`${prefix(ctx)}${text}\n`);
      if (ctx.flavour === 'dash') return 2;
      status = 1;
      continue;
    }
    if (!ctx.host.signal?.(Number(a), signal)) {
      // dash really prints an empty line after its message.
      const text = ctx.flavour === 'bash' ? `(${a}) - No such process` : ctx.flavour === 'dash' ? 'No such process\n' : `can't kill pid ${a}: No such process`;
      ctx.io.stderr.write(`${prefix(ctx)}${text}\n`);
      status = 1;
    }
  }
  return status;
}
