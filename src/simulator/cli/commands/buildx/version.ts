// docker buildx version: the plugin's package, version and the commit it was built from.
import type { CommandSpec } from '../../command.ts';
import { BUILDX_VERSION } from '../../versions.ts';
import { BUILDX_ROOT_FLAGS } from './prune.ts';

/** docker/buildx's v0.33.0 tag, as the docker-buildx-plugin package stamps it (short commit). */
export const BUILDX_COMMIT = 'f7897eb';

export const version: CommandSpec = {
  name: 'version',
  use: 'version',
  short: 'Show buildx version information',
  // cobrautil.HideInheritedFlags(cmd, "builder"): only --debug is left to list.
  flags: [{ ...BUILDX_ROOT_FLAGS[0], hidden: true }, BUILDX_ROOT_FLAGS[1]],
  args: { min: 0, max: 0 },
  run(ctx) {
    ctx.stdout.write(`github.com/docker/buildx ${BUILDX_VERSION} ${BUILDX_COMMIT}\n`);
  },
};
