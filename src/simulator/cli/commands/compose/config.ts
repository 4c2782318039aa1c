// docker compose config: the project after interpolation, merging and normalisation, printed
// as compose-go marshals it (YAML, or --format json), "$" escaped as "$$". Flags: --format,
// -q, --services, --volumes, --networks, --profiles, --images, --hash, --environment,
// --no-interpolate, --no-normalize, --no-path-resolution, --no-consistency,
// --no-env-resolution, -o (others accepted: --lock-image-digests, --models,
// --resolve-image-digests, --variables).
import type { CommandSpec } from '../../command.ts';
import type { FlagSpec } from '../../flags.ts';
import { withDryRun } from './compose-root.ts';

const CONFIG_FLAGS: FlagSpec[] = [
  { name: 'environment', type: 'bool', usage: 'Print environment used for interpolation.' },
  { name: 'format', type: 'string', usage: 'Format the output. Values: [yaml | json]' },
  { name: 'hash', type: 'string', usage: 'Print the service config hash, one per line.' },
  { name: 'images', type: 'bool', usage: 'Print the image names, one per line.' },
  { name: 'lock-image-digests', type: 'bool', usage: 'Produces an override file with image digests' },
  { name: 'models', type: 'bool', usage: 'Print the model names, one per line.' },
  { name: 'networks', type: 'bool', usage: 'Print the network names, one per line.' },
  { name: 'no-consistency', type: 'bool', usage: "Don't check model consistency - warning: may produce invalid Compose output" },
  { name: 'no-env-resolution', type: 'bool', usage: "Don't resolve service env files" },
  { name: 'no-interpolate', type: 'bool', usage: "Don't interpolate environment variables" },
  { name: 'no-normalize', type: 'bool', usage: "Don't normalize compose model" },
  { name: 'no-path-resolution', type: 'bool', usage: "Don't resolve file paths" },
  { name: 'output', short: 'o', type: 'string', usage: 'Save to file (default to stdout)' },
  { name: 'profiles', type: 'bool', usage: 'Print the profile names, one per line.' },
  { name: 'quiet', short: 'q', type: 'bool', usage: "Only validate the configuration, don't print anything" },
  { name: 'resolve-image-digests', type: 'bool', usage: 'Pin image tags to digests' },
  { name: 'services', type: 'bool', usage: 'Print the service names, one per line.' },
  { name: 'variables', type: 'bool', usage: 'Print model variables and default values.' },
  { name: 'volumes', type: 'bool', usage: 'Print the volume names, one per line.' },
];

export const config: CommandSpec = {
  name: 'config',
  use: 'config [OPTIONS] [SERVICE...]',
  short: 'Parse, resolve and render compose file in canonical format',
  flags: withDryRun(CONFIG_FLAGS),
  async run(ctx, args, flags) {
    const { runConfig } = await import('./config-run.ts');
    return runConfig(ctx, args, flags);
  },
};
