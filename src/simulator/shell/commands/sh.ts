// bash, sh, dash and ash as programs: `-c 'string' [name [args]]`, a script file with args,
// commands piped on stdin, or (typed at a prompt) a new interactive shell. Which shell `sh` is
// follows the filesystem: a link to dash on debian/ubuntu, to busybox on alpine.
import type { CommandContext } from '../command.ts';
import type { Flavour } from '../context.ts';
import { basename } from '../../fs/path.ts';

function flavourFor(ctx: CommandContext, name: string): Flavour {
  if (name === 'bash') return 'bash';
  if (name === 'dash') return 'dash';
  if (name === 'ash') return 'busybox';
  const path = ctx.argv[0].includes('/') ? ctx.resolve(ctx.argv[0]) : ctx.shell.findProgram(name);
  return path ? ctx.shell.flavourOf(path) : ctx.flavour;
}

export async function shell(ctx: CommandContext): Promise<number> {
  const name = basename(ctx.argv[0]);
  const flavour = flavourFor(ctx, name);
  const args = ctx.argv.slice(1);
  let command: string | undefined;
  while (args.length > 0 && /^[-+][a-zA-Z]+$/.test(args[0])) {
    const opt = args.shift() as string;
    if (opt.includes('c')) command = args.shift();
    if (opt === '-o' || opt === '+o') args.shift();
  }
  if (args[0] === '--') args.shift();
  if (command !== undefined) {
    const [zero, ...rest] = args;
    return ctx.shell.runChild({ source: command, flavour, name: zero ?? ctx.argv[0], args: rest, io: ctx.io, env: ctx.env, command: true });
  }
  if (args.length > 0) {
    const [file, ...rest] = args;
    let source: string;
    try {
      source = ctx.fs.readFile(ctx.resolve(file));
    } catch {
      const w = ctx.argv[0];
      if (flavour === 'bash') ctx.io.stderr.write(`${w}: ${file}: No such file or directory\n`);
      else if (flavour === 'dash') ctx.io.stderr.write(`${w}: 0: cannot open ${file}: No such file\n`);
      else ctx.io.stderr.write(`${w}: can't open '${file}': No such file or directory\n`);
      return flavour === 'bash' ? 127 : 2;
    }
    return ctx.shell.runChild({ source, flavour, name: file, args: rest, io: { ...ctx.io, stdin: '' }, env: ctx.env });
  }
  if (ctx.io.tty && ctx.io.stdin === '' && ctx.host.enterShell) {
    ctx.host.enterShell(flavour, ctx.argv[0]);
    return 0;
  }
  return ctx.shell.runChild({ source: ctx.io.stdin, flavour, name: ctx.argv[0], args: [], io: { ...ctx.io, stdin: '' }, env: ctx.env });
}
