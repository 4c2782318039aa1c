// Property tests: whatever a learner types, the lexer and parser only ever raise their two
// documented errors, and a run always ends, within its step and output budget, with a result
// (never an exception). Inputs mix raw text with fragments of real shell syntax.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Incomplete, ShellSyntaxError } from './errors.ts';
import { parse } from './parser.ts';
import { runOnce } from './shell.ts';
import { containerHost, containerShell } from './test-host.ts';

const FRAGMENTS = [
  'echo', 'ls', 'cat', 'cd', 'grep', 'sort', 'wc -l', 'head -n 2', 'rm -rf', 'mkdir -p', 'touch', 'cp -r', 'mv', 'printf',
  'test', '[', ']', 'if', 'then', 'elif', 'else', 'fi', 'for', 'in', 'do', 'done', 'while', 'until', 'case', 'esac', ';;',
  'true', 'false', 'exit', 'export', 'unset', 'read', 'set -e', 'break', 'continue', 'f()', '{', '}', '(', ')', '|', '||',
  '&&', ';', '&', '>', '>>', '<', '2>&1', '&>', '<<EOF', "<<'EOF'", 'EOF', '\n', '$x', '${x:-y}', '${#x}', '${x%.*}',
  '$(ls)', '`pwd`', '$((1+2))', '$((x/0))', '"', "'", '\\', '~', '*', '?', '[a-', '/etc/*', 'x=1', '$?', '$$', '$@',
  '/tmp/f', 'a b', '#', 'sh -c', 'bash -c', '$(', '${', 'sleep 1', 'ps', 'kill 1', 'history', 'env', 'id', 'date',
  '[z-a]', '[!', ']*', '[[:alpha:]]', 'grep -E', '(a|', '\\(', 'f() { f; }; f', 'ls -lR /', 'echo /*/*/*',
];

const shellish = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 14 }).map((parts) => parts.join(' ')),
  fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 4 })), { maxLength: 10 }).map((parts) => parts.join('')),
);

const LIMITS = { maxSteps: 3000, maxOutput: 20000 };
const RUNS = Number(globalThis.process?.env?.FUZZ_RUNS ?? 1);

describe('shell fuzzing', () => {
  it('parse only raises Incomplete or ShellSyntaxError', () => {
    fc.assert(
      fc.property(shellish, (src) => {
        try {
          parse(src);
        } catch (e) {
          if (!(e instanceof Incomplete) && !(e instanceof ShellSyntaxError)) throw e;
        }
      }),
      { numRuns: 3000 * RUNS },
    );
  });

  it('every run ends with a result inside its budget', { timeout: 60000 }, async () => {
    await fc.assert(
      fc.asyncProperty(shellish, fc.constantFrom('debian', 'alpine') as fc.Arbitrary<'debian' | 'alpine'>, async (src, family) => {
        const started = performance.now();
        const r = await runOnce(containerHost(family), src, { cwd: '/', env: { PATH: '/usr/bin:/bin', HOME: '/root' } }, LIMITS);
        expect(typeof r.exitCode).toBe('number');
        expect(r.stdout.length).toBeLessThanOrEqual(LIMITS.maxOutput);
        expect(r.stderr.length).toBeLessThanOrEqual(LIMITS.maxOutput + 100);
        expect(performance.now() - started).toBeLessThan(2000);
      }),
      { numRuns: 400 * RUNS },
    );
  });

  it('an interactive session survives any sequence of lines', { timeout: 60000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(shellish, { maxLength: 6 }), async (lines) => {
        const sh = containerShell('debian');
        for (const line of lines) {
          const r = await sh.run(line);
          expect(typeof r.exitCode).toBe('number');
          expect(typeof sh.prompt).toBe('string');
          if (r.exited) break;
        }
      }),
      { numRuns: 200 * RUNS },
    );
  });
});
