// `npm test`: every check in turn (type check, unit tests, browser tests), each run even when
// an earlier one failed, so one run shows every problem. Prints a summary; exits 1 on any failure.
import { spawnSync } from 'node:child_process';

const STAGES = [
  { script: 'typecheck', what: 'type check (tsc)' },
  { script: 'test:unit', what: 'unit, golden and property tests (vitest)' },
  { script: 'test:browser', what: 'browser tests (build + Chromium)' },
];

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const results = [];
for (const stage of STAGES) {
  console.log(`\n=== npm run ${stage.script}: ${stage.what}\n`);
  const started = Date.now();
  const r = spawnSync(npm, ['run', stage.script], { stdio: 'inherit' });
  const code = r.status ?? 1;
  results.push({ ...stage, code, seconds: ((Date.now() - started) / 1000).toFixed(1), error: r.error });
}

console.log('\n=== npm test summary');
for (const r of results) {
  const verdict = r.code === 0 ? 'passed' : `FAILED (exit ${r.code}${r.error ? `, ${r.error.message}` : ''})`;
  console.log(`  ${r.script.padEnd(13)} ${verdict.padEnd(18)} ${r.seconds}s  ${r.what}`);
}
const failed = results.filter((r) => r.code !== 0);
console.log(failed.length === 0 ? '\nAll checks passed.' : `\n${failed.length} of ${results.length} checks failed.`);
process.exit(failed.length === 0 ? 0 : 1);
