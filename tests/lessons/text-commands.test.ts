// The commands a lesson's text offers to run (```sh run blocks and <Cmd run="..." />), replayed
// in order from the lesson's starting world: each must exit as the text expects (0, or the code
// its fence names with `exit=N`). Blocks marked `interactive` wait for the learner's typing and
// are skipped here.
import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../src/simulator/index.ts';
import { commandsOf } from '../../src/components/Lesson/run-transformer.ts';
import { loadLessons } from './load-lessons.ts';

interface TextCommand {
  line: string;
  exit: number;
}

/** Runnable commands of an MDX body, in reading order. */
export function textCommands(body: string): TextCommand[] {
  const found: { at: number; cmds: TextCommand[] }[] = [];
  for (const m of body.matchAll(/^```(\w+)([^\n]*)\n([\s\S]*?)^```/gm)) {
    const meta = m[2];
    if (!/(^|\s)run(\s|$)/.test(meta) || /(^|\s)interactive(\s|$)/.test(meta)) continue;
    const exit = Number(/(?:^|\s)exit=(\d+)/.exec(meta)?.[1] ?? 0);
    found.push({ at: m.index ?? 0, cmds: commandsOf(m[3]).map((line) => ({ line, exit })) });
  }
  for (const m of body.matchAll(/<Cmd run="([^"]+)"\s*\/>/g)) found.push({ at: m.index ?? 0, cmds: [{ line: m[1], exit: 0 }] });
  return found.sort((a, b) => a.at - b.at).flatMap((f) => f.cmds);
}

describe('runnable commands in lesson texts', () => {
  it('are found in code fences and Cmd components, in order', () => {
    const body = 'a <Cmd run="docker ps" />\n```sh run exit=1\ndocker rmi x\n# note\n```\n```sh\nnot run\n```\n```sh run interactive\ndocker run -it ubuntu bash\n```\n';
    expect(textCommands(body)).toEqual([
      { line: 'docker ps', exit: 0 },
      { line: 'docker rmi x', exit: 1 },
    ]);
  });

  for (const { slug, data, body } of loadLessons()) {
    it(`${slug}: each exits as the text expects`, async () => {
      let now = Date.UTC(2026, 0, 1);
      const sim = createSimulator({ seed: 1, clock: () => (now += 250), files: data.start.files });
      for (const line of data.start.setup) await sim.run(line);
      const commands = textCommands(body);
      expect(commands.length).toBeGreaterThan(3);
      for (const { line, exit } of commands) {
        const r = await sim.run(line);
        expect({ line, exitCode: r.exitCode, stderr: r.exitCode === exit ? '' : r.stderr }).toEqual({ line, exitCode: exit, stderr: '' });
      }
    });
  }
});
