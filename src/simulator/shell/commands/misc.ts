// Small programs: true, false, :, sleep (asks the host to let time pass rather than waiting
// itself), clear (the terminal's clear sequence), which (PATH search, silent when missing).
import type { CommandContext } from '../command.ts';
import { progName } from './util.ts';

export const trueCmd = (): number => 0;
export const falseCmd = (): number => 1;

const UNITS: Record<string, number> = { '': 1, s: 1, m: 60, h: 3600, d: 86400 };

export async function sleep(ctx: CommandContext): Promise<number> {
  const name = progName(ctx);
  const args = ctx.argv.slice(1);
  if (args.length === 0) {
    ctx.io.stderr.write(ctx.flavour === 'busybox' ? `${name}: missing operand\n` : `${name}: missing operand\nTry '${name} --help' for more information.\n`);
    return 1;
  }
  let seconds = 0;
  for (const a of args) {
    const m = /^(\d*\.?\d+)([smhd]?)$/.exec(a);
    if (!m) {
      ctx.io.stderr.write(ctx.flavour === 'busybox' ? `${name}: invalid number '${a}'\n` : `${name}: invalid time interval \u2018${a}\u2019\nTry '${name} --help' for more information.\n`);
      return 1;
    }
    seconds += Number(m[1]) * UNITS[m[2]];
  }
  await ctx.shell.wait(Math.round(seconds * 1000));
  return 0;
}

export function clear(ctx: CommandContext): number {
  ctx.io.stdout.write(ctx.flavour === 'busybox' ? '\x1b[H\x1b[J' : '\x1b[H\x1b[2J\x1b[3J');
  return 0;
}

export function which(ctx: CommandContext): number {
  let status = 0;
  for (const name of ctx.argv.slice(1).filter((a) => a !== '-a')) {
    const path = ctx.shell.findProgram(name);
    if (path) ctx.io.stdout.write(`${path}\n`);
    else status = 1;
  }
  return ctx.argv.length < 2 ? 1 : status;
}
