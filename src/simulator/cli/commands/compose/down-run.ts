// `docker compose down` (docker/compose v5 cmd/compose/down.go runDown, pkg/compose/down.go):
// the project (or, with -p and no file, just its name), --rmi checked first, then one "down"
// operation on the engine (compose/apply/down.ts).
import { CliError } from '../../../errors/cli-error.ts';
import type { CommandContext } from '../../command.ts';
import { flagBool, flagInt, flagSet, flagString } from '../../command.ts';
import type { ParsedFlags } from '../../flags.ts';
import { applyContext, exitFor } from './apply-context.ts';
import { composeProgress } from './progress.ts';
import { composeGlobals, projectOrName } from './project.ts';

export async function runDown(ctx: CommandContext, args: string[], flags: ParsedFlags): Promise<number> {
  const g = composeGlobals(ctx, flags);
  const progress = composeProgress(ctx, g);
  const rmi = flagString(flags, 'rmi');
  if (rmi !== '' && rmi !== 'all' && rmi !== 'local') throw new CliError(`invalid value for --rmi: ${JSON.stringify(rmi)}`, 1);
  if (g.dryRun) throw new CliError('--dry-run is not modelled by this simulator', 1);
  const removeOrphans = flagSet(flags, 'remove-orphans') ? flagBool(flags, 'remove-orphans') : ['1', 't', 'true', 'TRUE', 'True'].includes(ctx.env.COMPOSE_REMOVE_ORPHANS ?? '');
  try {
    const { project, name } = await projectOrName(ctx, flags, args);
    const missing = project ? args.find((s) => !Object.hasOwn(project.services, s)) : undefined;
    if (missing) throw new CliError(`no such service: ${missing}: not found`, 1);
    const { downProject } = await import('../../../compose/apply/index.ts');
    progress.start('down');
    try {
      await downProject(applyContext(ctx, progress), name.toLowerCase(), project, {
        removeOrphans, volumes: flagBool(flags, 'volumes'), images: rmi || undefined,
        timeout: flagSet(flags, 'timeout') ? flagInt(flags, 'timeout', 0) : undefined, services: args,
      });
    } finally {
      progress.done();
    }
    return 0;
  } catch (e) {
    return exitFor(ctx, e);
  }
}
