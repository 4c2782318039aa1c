// `sh -c 'exec redis-server --requirepass "$(cat /run/secrets/pw)"'`: compose files start an
// image's server through a one-line shell script to read a secret or a variable first. When the
// script is a single simple command running one of the image's own programs, the process is
// that program with the words the shell would give it: quotes removed, $VAR/${VAR} from the
// environment and $(cat FILE) from the container's files. Anything else stays a shell script.
import { containerFs } from '../containers/container-fs.ts';
import type { Engine } from '../engine.ts';
import type { ContainerRecord } from '../state.ts';

interface Where {
  engine: Engine;
  container: ContainerRecord;
  env: Record<string, string>;
}

// One character at a time in the word loop: `[^...]+` inside `(...)+` backtracks exponentially
// on a long word when the script does not match (a `;` after `--root-user-action=ignore`).
const SIMPLE = /^\s*(?:exec\s+)?([^\s;&|<>()`]+)((?:\s+(?:"(?:[^"\\]|\\.)*"|'[^']*'|[^\s;&|<>`"'])+)*)\s*$/;

function catFile(ctx: Where, path: string): string {
  try {
    return containerFs(ctx.engine, ctx.container).readFile(path).replace(/\n+$/, '');
  } catch {
    return '';
  }
}

function expand(ctx: Where, text: string): string {
  return text
    .replace(/\$\(\s*cat\s+([^\s)]+)\s*\)/g, (_, p: string) => catFile(ctx, p))
    .replace(/\$\{(\w+)\}|\$(\w+)/g, (_, a?: string, b?: string) => ctx.env[(a ?? b) as string] ?? '');
}

function words(ctx: Where, rest: string): string[] {
  return [...rest.matchAll(/"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g)].map((m) => (m[2] !== undefined ? m[2] : expand(ctx, (m[1] ?? m[3]).replace(/\\(.)/g, '$1'))));
}

/** The argv a `sh -c` script execs, when it is one simple command (else undefined). */
export function scriptCommand(ctx: Where, args: string[]): string[] | undefined {
  const c = args.findIndex((a) => /^-[a-zA-Z]*c[a-zA-Z]*$/.test(a));
  const script = c >= 0 ? args[c + 1] : undefined;
  const m = script === undefined ? null : SIMPLE.exec(script);
  if (!m || m[2].includes('$(') && !/\$\(\s*cat\s+[^\s)]+\s*\)/.test(m[2])) return undefined;
  return [m[1], ...words(ctx, m[2])];
}
