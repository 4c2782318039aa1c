// docker container top: the container's processes as the host's `ps` lists them (default
// "-ef": UID PID PPID C STIME TTY TIME CMD; "aux" is also understood), laid out by docker's
// tabwriter with 20-column minimum cells. Arguments after the container are ps options.
import { containerTop } from '../../../engine/containers/top.ts';
import { tabwrite } from '../../../util/format/tabwriter.ts';
import type { CommandSpec } from '../../command.ts';
import { trimRef } from './each-container.ts';

export const top: CommandSpec = {
  name: 'top',
  use: 'top CONTAINER [ps OPTIONS]',
  short: 'Display the running processes of a container',
  aliasesLine: 'docker container top, docker top',
  flags: [],
  interspersed: false,
  args: { min: 1 },
  run(ctx, args) {
    ctx.engine.tick();
    const list = containerTop(ctx.engine, trimRef(args[0]), args.slice(1).join(' '));
    const text = [list.Titles, ...list.Processes].map((row) => `${row.join('\t')}\n`).join('');
    ctx.stdout.write(tabwrite(text, { minwidth: 20, tabwidth: 1, padding: 3, padchar: ' ' }));
  },
};
