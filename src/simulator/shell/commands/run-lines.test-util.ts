// For the commands' tests: run lines in a fresh shell (a debian or alpine container, or the
// learner's host with every program on PATH) and gather stdout, stderr and the last status.
import { containerShell, learnerShell } from '../test-host.ts';

export type Where = 'debian' | 'alpine' | 'host';

export async function runLines(where: Where, ...lines: string[]): Promise<{ stdout: string; stderr: string; exitCode: number }> {
  const sh = where === 'host' ? learnerShell({ findProgram: (n) => `/usr/bin/${n}` }) : containerShell(where);
  let stdout = '';
  let stderr = '';
  let exitCode = 0;
  for (const line of lines) {
    const r = await sh.run(line);
    stdout += r.stdout;
    stderr += r.stderr;
    exitCode = r.exitCode;
  }
  return { stdout, stderr, exitCode };
}
