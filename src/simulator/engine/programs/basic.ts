// Small programs a container can run as its main process: hello, echo, sleep, true, false,
// env/printenv, hostname, whoami, pwd, uname, date. Each follows its real output and exit code.
import type { OutputChunk, ProcessPlan, Program, ProgramContext } from './types.ts';

export const IGNORES_AS_PID1 = ['SIGTERM', 'SIGINT', 'SIGQUIT', 'SIGHUP', 'SIGUSR1', 'SIGUSR2'];

export function finished(program: string, output: OutputChunk[], code = 0, afterMs = 0): ProcessPlan {
  return { program, output, exit: { code, afterMs }, ignores: IGNORES_AS_PID1 };
}

const out = (text: string): OutputChunk => ({ stream: 'stdout', text });
const err = (text: string): OutputChunk => ({ stream: 'stderr', text });

const hello: Program = (ctx) => {
  const content = ctx.repo?.content ?? {};
  const key = Object.keys(content).find((k) => k.includes('hello')) ?? '';
  return finished('hello', [out(content[key] ?? '')]);
};

const echo: Program = (ctx) => {
  let args = ctx.argv.slice(1);
  let newline = true;
  if (args[0] === '-n') {
    newline = false;
    args = args.slice(1);
  }
  return finished('echo', [out(args.join(' ') + (newline ? '\n' : ''))]);
};

/** GNU sleep: NUMBER[smhd], several summed; busybox alike. Returns ms or undefined when invalid. */
export function parseSleep(args: string[]): number | undefined {
  let total = 0;
  for (const a of args) {
    if (a === 'infinity' || a === 'inf') return Infinity;
    const m = /^(\d+(?:\.\d*)?|\.\d+)([smhd]?)$/.exec(a);
    if (!m) return undefined;
    const unit = { '': 1, s: 1, m: 60, h: 3600, d: 86400 }[m[2]] ?? 1;
    total += Number(m[1]) * unit * 1000;
  }
  return total;
}

const sleep: Program = (ctx) => {
  const args = ctx.argv.slice(1);
  const busybox = ctx.catalogImage?.osInfo.family === 'busybox' || ctx.catalogImage?.osInfo.family === 'alpine';
  if (args.length === 0) {
    return finished('sleep', [err(busybox ? 'BusyBox v1.37.0 (2025-10-06 19:12:47 UTC) multi-call binary.\n\nUsage: sleep [N]...\n\nPause for a time equal to the total of the args given, where each arg can\nhave an optional suffix of (s)econds, (m)inutes, (h)ours, or (d)ays\n' : "sleep: missing operand\nTry 'sleep --help' for more information.\n")], 1);
  }
  const ms = parseSleep(args);
  if (ms === undefined) {
    const bad = args.find((a) => parseSleep([a]) === undefined) ?? '';
    return finished('sleep', [err(busybox ? `sleep: invalid number '${bad}'\n` : `sleep: invalid time interval '${bad}'\nTry 'sleep --help' for more information.\n`)], 1);
  }
  if (ms === Infinity) return { program: 'sleep', output: [], ignores: IGNORES_AS_PID1 };
  return finished('sleep', [], 0, ms);
};

function envLines(ctx: ProgramContext): string {
  return Object.entries(ctx.env).map(([k, v]) => `${k}=${v}\n`).join('');
}

const printenv: Program = (ctx) => {
  const names = ctx.argv.slice(1);
  if (names.length === 0) return finished('printenv', [out(envLines(ctx))]);
  const found = names.filter((n) => ctx.env[n] !== undefined);
  return finished('printenv', [out(found.map((n) => `${ctx.env[n]}\n`).join(''))], found.length === names.length ? 0 : 1);
};

function dateText(ms: number): string {
  const d = new Date(ms);
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const p = (n: number) => String(n).padStart(2, '0');
  return `${days[d.getUTCDay()]} ${months[d.getUTCMonth()]} ${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} UTC ${d.getUTCFullYear()}`;
}

export const BASIC_PROGRAMS: Record<string, Program> = {
  hello,
  echo,
  sleep,
  true: () => finished('true', []),
  false: () => finished('false', [], 1),
  env: (ctx) => finished('env', [out(envLines(ctx))]),
  printenv,
  hostname: (ctx) => finished('hostname', [out(`${ctx.container.config.Hostname}\n`)]),
  whoami: (ctx) => finished('whoami', [out(`${ctx.container.config.User || 'root'}\n`)]),
  pwd: (ctx) => finished('pwd', [out(`${ctx.container.config.WorkingDir || '/'}\n`)]),
  uname: (ctx) =>
    finished('uname', [
      out(
        ctx.argv.includes('-a')
          ? `Linux ${ctx.container.config.Hostname} 6.12.48-dockyard #1 SMP PREEMPT_DYNAMIC Tue Nov  4 10:12:01 UTC 2026 x86_64${ctx.catalogImage?.osInfo.family === 'alpine' || ctx.catalogImage?.osInfo.family === 'busybox' ? ' Linux' : ' GNU/Linux'}\n`
          : 'Linux\n',
      ),
    ]),
  date: (ctx) => finished('date', [out(`${dateText(ctx.now)}\n`)]),
};
