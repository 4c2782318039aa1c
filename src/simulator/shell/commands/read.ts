// read [-r] [-p PROMPT] [NAME...]: one line from what is left of stdin, split on blanks, the
// last name taking the rest (REPLY without names); status 1 at the end of input.
import type { CommandContext } from '../command.ts';
import { setVar } from '../state.ts';

export function read(ctx: CommandContext): number {
  const args = ctx.argv.slice(1);
  let raw = false;
  const names: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '-r') raw = true;
    else if (args[i] === '-p') ctx.io.stderr.write(args[++i] ?? '');
    else if (args[i] === '-s') continue;
    else names.push(args[i]);
  }
  const input = ctx.io.input ?? { rest: ctx.io.stdin };
  if (input.rest === '') return 1;
  let line = '';
  let complete = false;
  for (;;) {
    const nl = input.rest.indexOf('\n');
    const piece = nl === -1 ? input.rest : input.rest.slice(0, nl);
    input.rest = nl === -1 ? '' : input.rest.slice(nl + 1);
    complete = nl !== -1;
    if (!raw && piece.endsWith('\\') && complete) {
      line += piece.slice(0, -1);
      continue;
    }
    line += piece;
    break;
  }
  if (!raw) line = line.replace(/\\(.)/g, '$1');
  const targets = names.length > 0 ? names : ['REPLY'];
  let rest = names.length > 0 ? line.replace(/^[ \t]+/, '') : line;
  targets.forEach((name, i) => {
    if (i === targets.length - 1) {
      setVar(ctx.shell.state, name, names.length > 0 ? rest.replace(/[ \t]+$/, '') : rest);
      return;
    }
    const m = /^([^ \t]*)[ \t]*/.exec(rest) as RegExpExecArray;
    setVar(ctx.shell.state, name, m[1]);
    rest = rest.slice(m[0].length);
  });
  return complete ? 0 : 1;
}
