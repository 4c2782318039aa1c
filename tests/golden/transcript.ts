// Golden transcripts: whole sessions written as a terminal shows them.
//
//   # a comment              (ignored; `#!` lines are directives)
//   #! seed 7                (simulator seed, before the first command; default 1)
//   #! advance 90s           (move the clock: ms, s, m, h)
//   #! prompt "postgres=# "  (the prompt the terminal shows now, as a JSON string)
//   #! http localhost:8080   (a request from elsewhere, sim.http: while the command above still
//                             runs, once its output so far has appeared)
//   #! interrupt             (Ctrl+C while the command above still runs)
//   $ docker run hello-world (a command typed at the prompt)
//   $ ^C   /   $ ^D          (Ctrl+C / Ctrl+D at the prompt: a program reading the terminal gets them)
//   > more input             (continuation lines of that command: a heredoc's body)
//   ...                      (its output: stdout and stderr interleaved as printed)
//   $$ text                  (an output line that itself starts with `$ `, as yarn's `$ nodemon`)
//   [exit 125]               (its exit code; omitted means 0)
//
// The clock starts at 2026-11-25T10:00:00Z and moves one second after each command.

export interface Step {
  kind: 'command';
  line: string;
  expected: string;
  exitCode: number;
  lineNo: number;
  /** Ctrl+C or Ctrl+D at the prompt instead of a typed line. */
  key?: 'interrupt' | 'eof';
  /** What happens while the command runs, each once `after` (its output so far) has appeared. */
  events: Event[];
}

export interface Event {
  kind: 'http' | 'interrupt';
  url?: string;
  after: string;
}

export interface PromptCheck {
  kind: 'prompt';
  prompt: string;
  lineNo: number;
}

export interface Advance {
  kind: 'advance';
  ms: number;
}

export interface Transcript {
  seed: number;
  steps: (Step | Advance | PromptCheck | Event)[];
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
      else if (directive === 'prompt') {
        t.steps.push({ kind: 'prompt', prompt: JSON.parse(line.slice('#! prompt '.length)) as string, lineNo: i + 1 });
        cur = undefined;
      } else if (directive === 'http' || directive === 'interrupt') {
        const ev: Event = directive === 'http' ? { kind: 'http', url: value, after: cur?.expected ?? '' } : { kind: 'interrupt', after: cur?.expected ?? '' };
        if (cur) cur.events.push(ev);
        else t.steps.push(ev);
      } else if (directive === 'advance') {
        const m = /^(\d+)(ms|s|m|h)$/.exec(value);
        if (!m) throw new Error(`line ${i + 1}: bad advance ${value}`);
        t.steps.push({ kind: 'advance', ms: Number(m[1]) * UNITS[m[2]] });
        cur = undefined;
      } else throw new Error(`line ${i + 1}: unknown directive ${directive}`);
      return;
    }
    if (line.startsWith('# ') || line === '#') return;
    if (line.startsWith('$$ ') && cur) {
      typing = false;
      cur.expected += `${line.slice(1)}\n`;
      return;
    }
    if (line.startsWith('$ ')) {
      const typed = line.slice(2);
      cur = { kind: 'command', line: typed, expected: '', exitCode: 0, lineNo: i + 1, events: [] };
      if (typed === '^C' || typed === '^D') cur.key = typed === '^C' ? 'interrupt' : 'eof';
      t.steps.push(cur);
      typing = !cur.key;
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
