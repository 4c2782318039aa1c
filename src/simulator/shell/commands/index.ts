// The registries: builtins run inside the shell whatever the filesystem holds; commands run
// only when their program is found on PATH (so an image without `ps` has no ps). To add a
// command: write commands/<name>.ts exporting a CommandFn, add it here, test it beside it.
import type { CommandFn } from '../command.ts';
import { cat } from './cat.ts';
import { cd, pwd } from './cd.ts';
import { chmod } from './chmod.ts';
import { cp, mv } from './cp.ts';
import { cut } from './cut.ts';
import { date } from './date.ts';
import { echo } from './echo.ts';
import { exec } from './exec.ts';
import { grep } from './grep.ts';
import { head, tail } from './head-tail.ts';
import { env, hostname, id, printenv, uname, whoami } from './info.ts';
import { kill } from './kill.ts';
import { ln } from './ln.ts';
import { ls } from './ls.ts';
import { clear, falseCmd, sleep, trueCmd, which } from './misc.ts';
import { mkdir, rmdir } from './mkdir.ts';
import { printf } from './printf.ts';
import { ps } from './ps.ts';
import { rm } from './rm.ts';
import { shell } from './sh.ts';
import { sort, uniq } from './sort-uniq.ts';
import { test } from './test.ts';
import { touch } from './touch.ts';
import { command, evalCmd, source, type } from './type.ts';
import { read } from './read.ts';
import { exit, exportCmd, history, local, loopControl, returnCmd, set, unset } from './vars.ts';
import { wc } from './wc.ts';

/** A command whose code loads at first use (the bundle keeps only this stub). */
const lazy =
  (load: () => Promise<CommandFn>): CommandFn =>
  async (ctx) =>
    (await load())(ctx);

export const BUILTINS: Record<string, CommandFn> = {
  cd, pwd, echo, printf, test, '[': test, true: trueCmd, false: falseCmd, ':': trueCmd,
  export: exportCmd, unset, exit, history, kill, return: returnCmd, local, read, set, break: loopControl, continue: loopControl, type, command, eval: evalCmd, source, '.': source, exec,
};

export const COMMANDS: Record<string, CommandFn> = {
  cat, chmod, cut, ls, ln, mkdir, rmdir, rm, touch, cp, mv, head, tail, wc, grep, egrep: grep, fgrep: grep, sort, uniq,
  env, printenv, hostname, whoami, id, uname, date, sleep, which, ps, clear,
  echo, printf, test, '[': test, true: trueCmd, false: falseCmd, pwd, kill,
  sed: lazy(async () => (await import('./sed.ts')).sed),
  tee: lazy(async () => (await import('./text-tools.ts')).tee),
  tr: lazy(async () => (await import('./text-tools.ts')).tr),
  basename: lazy(async () => (await import('./text-tools.ts')).basename),
  dirname: lazy(async () => (await import('./text-tools.ts')).dirname),
  find: lazy(async () => (await import('./find.ts')).find),
  stat: lazy(async () => (await import('./stat.ts')).stat),
  chown: lazy(async () => (await import('./chown.ts')).chown),
  chgrp: lazy(async () => (await import('./chown.ts')).chgrp),
  bash: shell, sh: shell, dash: shell, ash: shell, rbash: shell,
};
