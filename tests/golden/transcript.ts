// Golden transcripts: whole sessions written as a terminal shows them.
//
//   # a comment              (ignored; `#!` lines are directives)
//   #! seed 7                (simulator seed, before the first command; default 1)
//   #! advance 90s           (move the clock: ms, s, m, h)
//   $ docker run hello-world (a command typed at the prompt)
//   > more input             (continuation lines of that command: a heredoc's body)
//   ...                      (its output: stdout and stderr interleaved as printed)
//   [exit 125]               (its exit code; omitted means 0)
//
// The clock starts at 2026-11-25T10:00:00Z and moves one second after each command.

export interface Step {
  kind: 'command';
  line: string;
  expected: string;
  exitCode: number;
  lineNo: number;
}

export interface Advance {
  kind: 'advance';
  ms: number;
}

export interface Transcript {
  seed: number;
  steps: (Step | Advance)[];
}

const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

export function parseTranscript(text: string): Transcript {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const t: Transcript = { seed: 1, steps: [] };
  let cur: Step | undefined;
  let typing = false;
  lines.forEach((line, i) => {
    if (line.startsWith('#! ')) {
      const [directive, value] = line.slice(3).split(/\s+/);
      if (directive === 'seed') t.seed = Number(value);
      else if (directive === 'advance') {
        const m = /^(\d+)(ms|s|m|h)$/.exec(value);
        if (!m) throw new Error(`line ${i + 1}: bad advance ${value}`);
        t.steps.push({ kind: 'advance', ms: Number(m[1]) * UNITS[m[2]] });
        cur = undefined;
      } else throw new Error(`line ${i + 1}: unknown directive ${directive}`);
      return;
    }
    if (line.startsWith('# ') || line === '#') return;
    if (line.startsWith('$ ')) {
      cur = { kind: 'command', line: line.slice(2), expected: '', exitCode: 0, lineNo: i + 1 };
      t.steps.push(cur);
      typing = true;
      return;
    }
    // `> ` lines right after a command continue it (a heredoc's body, as the terminal echoes it).
    if (typing && cur && line.startsWith('> ')) {
      cur.line += `\n${line.slice(2)}`;
      return;
    }
    typing = false;
    const exit = /^\[exit (\d+)\]$/.exec(line);
    if (exit && cur) {
      cur.exitCode = Number(exit[1]);
      return;
    }
    if (!cur) throw new Error(`line ${i + 1}: output before any command`);
    cur.expected += `${line}\n`;
  });
  return t;
}
