// docker compose build: build the services that have a `build:` section (or the named ones)
// with BuildKit, tagging each `<project>-<service>` unless it names its image. Flags:
// --build-arg, --no-cache, --pull, -q, --with-dependencies (others accepted: --builder,
// --check, -m, --print, --provenance, --push, --sbom, --ssh).
import type { CommandSpec } from '../../command.ts';
import type { FlagSpec } from '../../flags.ts';
import { withDryRun } from './compose-root.ts';

const BUILD_FLAGS: FlagSpec[] = [
  { name: 'build-arg', type: 'list', typeLabel: 'stringArray', usage: 'Set build-time variables for services' },
  { name: 'builder', type: 'string', usage: 'Set builder to use' },
  { name: 'check', type: 'bool', usage: 'Check build configuration' },
  { name: 'compress', type: 'bool', usage: 'Compress the build context using gzip. DEPRECATED', defaultText: 'true', hidden: true },
  { name: 'force-rm', type: 'bool', usage: 'Always remove intermediate containers. DEPRECATED', defaultText: 'true', hidden: true },
  { name: 'memory', short: 'm', type: 'string', typeLabel: 'bytes', usage: 'Set memory limit for the build container. Not supported by BuildKit.' },
  { name: 'no-cache', type: 'bool', usage: 'Do not use cache when building the image' },
  { name: 'no-rm', type: 'bool', usage: 'Do not remove intermediate containers after a successful build. DEPRECATED', hidden: true },
  { name: 'parallel', type: 'bool', usage: 'Build images in parallel. DEPRECATED', defaultText: 'true', hidden: true },
  { name: 'print', type: 'bool', usage: 'Print equivalent bake file' },
  { name: 'progress', type: 'string', usage: 'Set type of ui output (auto, tty, plain, json, quiet)', hidden: true },
  { name: 'provenance', type: 'string', usage: 'Add a provenance attestation' },
  { name: 'pull', type: 'bool', usage: 'Always attempt to pull a newer version of the image' },
  { name: 'push', type: 'bool', usage: 'Push service images' },
  { name: 'quiet', short: 'q', type: 'bool', usage: 'Suppress the build output' },
  { name: 'sbom', type: 'string', usage: 'Add a SBOM attestation' },
  { name: 'ssh', type: 'string', usage: "Set SSH authentications used when building service images. (use 'default' for using your default SSH Agent)" },
  { name: 'with-dependencies', type: 'bool', usage: 'Also build dependencies (transitively)' },
];

export const build: CommandSpec = {
  name: 'build',
  use: 'build [OPTIONS] [SERVICE...]',
  short: 'Build or rebuild services',
  flags: withDryRun(BUILD_FLAGS),
  async run(ctx, args, flags) {
    const { runBuild } = await import('./build-run.ts');
    return runBuild(ctx, args, flags);
  },
};
