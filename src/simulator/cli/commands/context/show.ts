// docker context show: prints the name of the current context.
import type { CommandSpec } from '../../command.ts';

export const show: CommandSpec = {
  name: 'show',
  use: 'show',
  short: 'Print the name of the current context',
  flags: [],
  args: { max: 0 },
  run(ctx) {
    ctx.stdout.write(`${ctx.client?.context ?? 'default'}\n`);
  },
};
