// compose's toProjectName (cmd/compose/compose.go), for the commands that need only the
// project's name (exec, top, images, port): -p, else COMPOSE_PROJECT_NAME, else the name of the
// project loaded from the compose file (whose load errors are the command's).
import type { CommandContext } from '../../command.ts';
import type { ParsedFlags } from '../../flags.ts';
import { composeGlobals, loadComposeProject } from './project.ts';

export async function toProjectName(ctx: CommandContext, flags: ParsedFlags): Promise<string> {
  const g = composeGlobals(ctx, flags);
  if (g.projectName) return g.projectName.toLowerCase();
  if (ctx.env.COMPOSE_PROJECT_NAME) return ctx.env.COMPOSE_PROJECT_NAME.toLowerCase();
  return (await loadComposeProject(ctx, flags)).name;
}
