// Long-running servers from the catalog (nginx, redis, postgres, mysql ...): the image's own
// program. A service model (services/, loaded lazily: models.ts) plans it when there is one;
// otherwise it checks the environment variables its entrypoint requires, prints the catalog's
// start-up lines and runs until a signal stops it.
import { fillLogLine } from './placeholders.ts';
import { finished } from './basic.ts';
import { loadedServiceModels } from './models.ts';
import type { OutputChunk, ProcessPlan, ProgramContext } from './types.ts';

function isSet(env: Record<string, string>, name: string): boolean {
  return (env[name] ?? '') !== '';
}

/** Whether one requirement text from the catalog ("A (unless B=v)", "one of A, B") is met. */
export function requirementMet(req: string, env: Record<string, string>): boolean {
  const oneOf = /^one of (.+)$/.exec(req);
  if (oneOf) return oneOf[1].split(/,\s*/).some((n) => isSet(env, n.trim()));
  const unless = /^(\w+) \(unless (\w+)=(\w+)\)$/.exec(req);
  if (unless) return isSet(env, unless[1]) || env[unless[2]] === unless[3];
  const plain = /^(\w+)/.exec(req);
  return plain ? isSet(env, plain[1]) : true;
}

function streamFor(line: string, fallback: 'stdout' | 'stderr'): 'stdout' | 'stderr' {
  // nginx logs to stderr (error_log /dev/stderr); entrypoint scripts and most servers to stdout.
  if (/^\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d \[(notice|warn|error|emerg|alert|crit)\]/.test(line)) return 'stderr';
  if (/\[(ERROR|Warn|Warning)\] \[Entrypoint\]/.test(line)) return 'stderr';
  return fallback;
}

export function servicePlan(ctx: ProgramContext, argv: string[]): ProcessPlan {
  const program = argv[0].split('/').pop() ?? argv[0];
  const model = loadedServiceModels()?.modelFor(program, ctx.repo?.name);
  return model ? model.start(ctx, argv) : catalogPlan(ctx, argv);
}

/** The server as the catalog's start-up facts describe it: required variables, then its log lines. */
export function catalogPlan(ctx: ProgramContext, argv: string[]): ProcessPlan {
  const program = argv[0].split('/').pop() ?? argv[0];
  const startup = ctx.catalogImage?.startup;
  const fillCtx = { now: ctx.now, env: ctx.env, pid: 1, tag: ctx.catalogImage?.tags[0] ?? 'latest' };
  const failing = startup?.requiredEnv.find((req) => !requirementMet(req, ctx.env));
  if (failing && startup?.missingEnvError) {
    const e = startup.missingEnvError;
    const prefix = (e as { prefix?: string }).prefix;
    const text = prefix
      ? e.text.split('\n').map((l, i) => (i === 0 ? (fillLogLine(prefix, fillCtx) ?? '') + l : l)).join('\n')
      : e.text;
    return finished(program, [{ stream: e.stream, text: text.endsWith('\n') ? text : `${text}\n` }], e.exitCode);
  }
  const fallback = startup?.logStream === 'stderr' ? 'stderr' : 'stdout';
  const output: OutputChunk[] = [];
  for (const raw of startup?.logLines ?? []) {
    const line = fillLogLine(raw, fillCtx);
    if (line === undefined) continue;
    for (const one of line.split('\n')) output.push({ stream: streamFor(one, fallback), text: `${one}\n` });
  }
  // A program that listens on nothing (`php -a` reading end of input) prints its lines and ends.
  if (startup && startup.listensOn.length === 0) return finished(program, output);
  return { program, output, ignores: [] };
}
