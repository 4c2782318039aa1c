// Replays every transcript under tests/golden/ against a fresh simulator and compares the
// terminal text and exit code of each command exactly.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSimulator, type Simulator } from '../../src/simulator/index.ts';
import { parseTranscript, type Event } from './transcript.ts';

const dir = new URL('.', import.meta.url).pathname;
const files = readdirSync(dir, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.txt'))
  .sort();

const START = Date.UTC(2026, 10, 25, 10, 0, 0);

/** An event from outside the terminal's line: Ctrl+C, or a request from another machine. */
async function happen(sim: Simulator, ev: Event): Promise<void> {
  if (ev.kind === 'interrupt') sim.interrupt();
  else await sim.http(ev.url ?? '');
}

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
        if (step.kind === 'prompt') {
          expect({ line: step.lineNo, prompt: sim.prompt }).toEqual({ line: step.lineNo, prompt: step.prompt });
          continue;
        }
        if (step.kind !== 'command') {
          await happen(sim, step);
          continue;
        }
        let shown = '';
        let waits = 0;
        const io = { onOutput: (text: string) => (shown += text), onWait: () => waits++ };
        const running = step.key === 'interrupt' ? sim.interruptInput!(io) : step.key === 'eof' ? sim.endOfInput!(io) : sim.run(step.line, io);
        for (const ev of step.events) {
          // Once the command has shown what comes before the event and waits again.
          const before = waits;
          for (let i = 0; i < 2000 && (shown.length < ev.after.length || waits === before); i++) await new Promise((r) => setTimeout(r, 0));
          await happen(sim, ev);
        }
        const r = await running;
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
