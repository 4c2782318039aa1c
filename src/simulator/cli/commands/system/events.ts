// docker system events (docker events): the daemon's events, as they happen until Ctrl+C or
// --until; with --since (or --until) the recent ones first. Flags: -f/--filter (container,
// event, image, label, network, type, volume, ...), --format (a template or json), --since,
// --until (timestamps or durations).
import type { CommandSpec } from '../../command.ts';
import { INSPECT_FORMAT_HELP } from '../format-help.ts';

export const events: CommandSpec = {
  name: 'events',
  use: 'events [OPTIONS]',
  short: 'Get real time events from the server',
  aliasesLine: 'docker system events, docker events',
  flags: [
    { name: 'filter', short: 'f', type: 'list', typeLabel: 'filter', usage: 'Filter output based on conditions provided' },
    { name: 'format', type: 'string', usage: INSPECT_FORMAT_HELP },
    { name: 'since', type: 'string', usage: 'Show all events created since timestamp' },
    { name: 'until', type: 'string', usage: 'Stream events until this timestamp' },
  ],
  args: { max: 0 },
  async run(ctx, args, flags) {
    const { runEvents } = await import('./events-run.ts');
    return runEvents(ctx, args, flags);
  },
};
