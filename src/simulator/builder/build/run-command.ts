// What a RUN executes, as BuildKit's dispatchRun builds it: shell form through SHELL (default
// /bin/sh -c), exec form as written; heredocs: a lone `<<EOF` runs its body as the command (a
// body with a `#!` line becomes a file mounted at /dev/pipes/EOF and run), other heredocs are
// put back after the line for the shell. The step's name gets ` (first line...)` of the body.
import type { Instruction } from '../parse/ast.ts';
import { chompHeredocContent, parseHeredoc } from '../parse/heredoc.ts';

export interface RunCommand {
  /** The process BuildKit starts (and the history's text). */
  argv: string[];
  /** The step's name before ARG/ENV expansion. */
  name: string;
  /** A heredoc with a shebang, mounted read-only at /dev/pipes/<name>. */
  pipe?: { name: string; data: string };
  /** What the simulated shell runs instead of `argv` (a non-shell interpreter's script). */
  exec?: string[];
}

/** summarizeHeredoc: the first line, `...` when there are more. */
function summarize(doc: string): string {
  const lines = doc.trim().replace(/\r\n/g, '\n').split('\n');
  return lines[0] + (lines.length > 1 ? '...' : '');
}

const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'busybox']);

/** A script's `#!` line run by a program the shell is not (python, node ...): the interpreter's argv. */
function interpreterOf(data: string, path: string): string[] | undefined {
  const words = data.slice(2).split('\n')[0].trim().split(/\s+/);
  const prog = words[0].split('/').pop() ?? '';
  const real = prog === 'env' ? (words[1] ?? '') : prog;
  if (SHELLS.has(real)) return undefined;
  return prog === 'env' ? [...words.slice(1), path] : [...words, path];
}

export function runCommand(i: Extract<Instruction, { kind: 'RUN' }>, shell: readonly string[] | undefined): RunCommand {
  let args = i.command.args;
  let name = i.original;
  let pipe: RunCommand['pipe'];
  if (i.heredocs.length > 0 && i.command.form === 'shell') {
    const first = i.heredocs[0];
    if (args.length === 1 && parseHeredoc(args[0])) {
      const data = first.chomp ? chompHeredocContent(first.content) : first.content;
      if (data.startsWith('#!')) {
        pipe = { name: first.name, data };
        args = [`/dev/pipes/${first.name}`];
      } else args = [data];
      name += ` (${summarize(first.content)})`;
    } else args = [args[0] + i.heredocs.map((h) => `\n${h.content}${h.name}`).join('')];
  }
  const prefix = i.command.form === 'shell' ? [...(shell ?? ['/bin/sh', '-c'])] : [];
  const out: RunCommand = { argv: [...prefix, ...args], name };
  if (pipe) {
    out.pipe = pipe;
    const interp = interpreterOf(pipe.data, args[0]);
    if (interp) out.exec = [...prefix, interp.join(' ')];
  }
  return out;
}
