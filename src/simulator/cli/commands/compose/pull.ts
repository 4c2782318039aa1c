// docker compose pull: pull the images of the project's services (or the named ones), with
// compose's progress lines; services that only build are skipped. Flags: --ignore-buildable,
// --ignore-pull-failures, --include-deps, --policy, -q (--parallel, --no-parallel deprecated).
import type { CommandSpec } from '../../command.ts';
import type { FlagSpec } from '../../flags.ts';
import { withDryRun } from './compose-root.ts';

const PULL_FLAGS: FlagSpec[] = [
  { name: 'ignore-buildable', type: 'bool', usage: 'Ignore images that can be built' },
  { name: 'ignore-pull-failures', type: 'bool', usage: 'Pull what it can and ignores images with pull failures' },
  { name: 'include-deps', type: 'bool', usage: 'Also pull services declared as dependencies' },
  { name: 'no-parallel', type: 'bool', usage: 'DEPRECATED disable parallel pulling', defaultText: 'true', hidden: true },
  { name: 'parallel', type: 'bool', usage: 'DEPRECATED pull multiple images in parallel', defaultText: 'true', hidden: true },
  { name: 'policy', type: 'string', usage: 'Apply pull policy ("missing"|"always")' },
  { name: 'quiet', short: 'q', type: 'bool', usage: 'Pull without printing progress information' },
];

export const pull: CommandSpec = {
  name: 'pull',
  use: 'pull [OPTIONS] [SERVICE...]',
  short: 'Pull service images',
  flags: withDryRun(PULL_FLAGS),
  async run(ctx, args, flags) {
    const { runPull } = await import('./pull-run.ts');
    return runPull(ctx, args, flags);
  },
};
