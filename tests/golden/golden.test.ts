// Replays every transcript under tests/golden/ against a fresh simulator and compares the
// terminal text and exit code of each command exactly.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../src/simulator/index.ts';
import { parseTranscript } from './transcript.ts';

const dir = new URL('.', import.meta.url).pathname;
const files = readdirSync(dir, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.txt'))
  .sort();

const START = Date.UTC(2026, 10, 25, 10, 0, 0);

describe('golden transcripts', () => {
  it('finds transcripts to replay', () => {
    expect(files.length).toBeGreaterThan(0);
  });
  for (const file of files) {
    it(file, async () => {
      const t = parseTranscript(readFileSync(join(dir, file), 'utf8'));
      let now = START;
      const sim = createSimulator({ seed: t.seed, clock: () => now });
      for (const step of t.steps) {
        if (step.kind === 'advance') {
          now += step.ms;
          continue;
        }
        let shown = '';
        const r = await sim.run(step.line, { onOutput: (text) => (shown += text) });
        expect({ command: step.line, output: shown, exitCode: r.exitCode }).toEqual({
          command: step.line,
          output: step.expected,
          exitCode: step.exitCode,
        });
        now += 1000;
      }
    });
  }
});
