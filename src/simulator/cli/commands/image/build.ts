// docker build / docker image build / docker builder build (buildx on the docker driver): builds
// the context directory on the host with BuildKit; -t (repeated), -f, --build-arg, --no-cache,
// --target, -q, --secret, --progress (auto: the TTY view on a terminal, plain text otherwise).
import type { CommandSpec } from '../../command.ts';

export const build: CommandSpec = {
  name: 'build',
  use: 'build [OPTIONS] PATH | URL | -',
  short: 'Build an image from a Dockerfile',
  aliasesLine: 'docker buildx build, docker buildx b',
  args: { min: 1, max: 1 },
  flags: [
    { name: 'build-arg', type: 'list', typeLabel: 'stringArray', usage: 'Set build-time variables' },
    { name: 'file', short: 'f', type: 'string', usage: 'Name of the Dockerfile (default: "PATH/Dockerfile")' },
    { name: 'no-cache', type: 'bool', usage: 'Do not use cache when building the image' },
    {
      name: 'progress',
      type: 'string',
      usage: 'Set type of progress output ("auto", "none",  "plain", "quiet", "rawjson", "tty"). Use plain to show container output',
      defaultText: '"auto"',
    },
    { name: 'quiet', short: 'q', type: 'bool', usage: 'Suppress the build output and print image ID on success' },
    { name: 'secret', type: 'list', typeLabel: 'stringArray', usage: 'Secret to expose to the build (format: "id=mysecret[,src=/local/secret]")' },
    { name: 'tag', short: 't', type: 'list', typeLabel: 'stringArray', usage: 'Image identifier (format: "[registry/]repository[:tag]")' },
    { name: 'target', type: 'string', usage: 'Set the target build stage to build' },
  ],
  async run(ctx, args, flags) {
    const { runBuild } = await import('./build-run.ts');
    return runBuild(ctx, args, flags);
  },
};
