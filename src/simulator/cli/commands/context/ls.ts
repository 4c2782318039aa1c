// docker context ls (list): the contexts (here only "default", marked * when current) as the
// NAME / DESCRIPTION / DOCKER ENDPOINT / ERROR table, names only (-q) or a --format template.
import type { CommandSpec } from '../../command.ts';
import { FORMAT_HELP } from '../format-help.ts';

export const ls: CommandSpec = {
  name: 'ls',
  aliases: ['list'],
  use: 'ls [OPTIONS]',
  short: 'List contexts',
  aliasesLine: 'docker context ls, docker context list',
  flags: [
    { name: 'format', type: 'string', usage: FORMAT_HELP },
    { name: 'quiet', short: 'q', type: 'bool', usage: 'Only show context names' },
  ],
  args: { max: 0 },
  async run(ctx, args, flags) {
    const { runLs } = await import('./context-run.ts');
    return runLs(ctx, args, flags);
  },
};
