// `docker compose` and its subcommands: the group the command tree registers (cli/tree.ts).
// Each subcommand's spec is small and static; its run() loads the compose model and the engine
// side (engine/compose/) with a dynamic import. Add new subcommands to `composeCommands`.
import type { CommandSpec, GroupSpec } from '../../command.ts';
import { COMPOSE_FLAGS, composeHelp, runComposeRoot } from './compose-root.ts';
import { build } from './build.ts';
import { config } from './config.ts';
import { down } from './down.ts';
import { exec } from './exec.ts';
import { images } from './images.ts';
import { logs } from './logs.ts';
import { ls } from './ls.ts';
import { port } from './port.ts';
import { ps } from './ps.ts';
import { pull } from './pull.ts';
import { restart } from './restart.ts';
import { rm } from './rm.ts';
import { run } from './run.ts';
import { start } from './start.ts';
import { stop } from './stop.ts';
import { top } from './top.ts';
import { up } from './up.ts';
import { version } from './version.ts';

export const composeCommands: CommandSpec[] = [build, config, down, exec, images, logs, ls, port, ps, pull, restart, rm, run, start, stop, top, up, version];

export const composeGroup: GroupSpec = {
  name: 'compose',
  short: 'Docker Compose',
  commands: composeCommands,
  flags: COMPOSE_FLAGS,
  // compose's main: cmd.SetFlagErrorFunc(... StatusError{StatusCode: 1, Status: err.Error()})
  flagErrors: 'plain',
  help: composeHelp,
  run: runComposeRoot,
};
