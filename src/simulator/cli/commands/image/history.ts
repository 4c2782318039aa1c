// docker image history / docker history: the steps that built an image, newest first, as
// docker/cli's history formatter prints them (IMAGE CREATED CREATED BY SIZE COMMENT; CREATED BY
// cut to 45 columns with "…" unless --no-trunc; -H=false for RFC 3339 dates and byte counts).
// Flags: --format, -H/--human, --no-trunc, --platform, -q.
import type { CommandSpec } from '../../command.ts';
import { FORMAT_HELP } from '../container/ls.ts';

export const history: CommandSpec = {
  name: 'history',
  use: 'history [OPTIONS] IMAGE',
  short: 'Show the history of an image',
  aliasesLine: 'docker image history, docker history',
  args: { min: 1, max: 1 },
  flags: [
    { name: 'format', type: 'string', usage: FORMAT_HELP },
    { name: 'human', short: 'H', type: 'bool', usage: 'Print sizes and dates in human readable format', defaultText: 'true' },
    { name: 'no-trunc', type: 'bool', usage: "Don't truncate output" },
    { name: 'platform', type: 'string', usage: 'Show history for the given platform. Formatted as "os[/arch[/variant]]" (e.g., "linux/amd64")' },
    { name: 'quiet', short: 'q', type: 'bool', usage: 'Only show image IDs' },
  ],
  async run(ctx, args, flags) {
    const { runHistory } = await import('./history-run.ts');
    return runHistory(ctx, args, flags);
  },
};
