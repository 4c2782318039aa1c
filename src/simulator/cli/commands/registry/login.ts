// docker login: authenticate to Docker Hub (the default) or another registry and store the
// credentials in ~/.docker/config.json. Flags: -u/--username, -p/--password (with its warning),
// --password-stdin; without them the CLI prompts on the terminal (Docker Hub without a username:
// the web-based device login). The flow is in login-run.ts, loaded when the command runs.
import type { CommandSpec } from '../../command.ts';
import { flagBool, flagSet, flagString } from '../../command.ts';

export const login: CommandSpec = {
  name: 'login',
  use: 'login [OPTIONS] [SERVER]',
  short: 'Authenticate to a registry',
  long: 'Authenticate to a registry.\nDefaults to Docker Hub if no server is specified.',
  args: { max: 1 },
  flags: [
    { name: 'password', short: 'p', type: 'string', usage: 'Password or Personal Access Token (PAT), or "-" to read from stdin' },
    { name: 'password-stdin', type: 'bool', usage: 'Take the Password or Personal Access Token (PAT) from stdin' },
    { name: 'username', short: 'u', type: 'string', usage: 'Username' },
  ],
  async run(ctx, args, flags) {
    const { runLogin } = await import('./login-run.ts');
    return runLogin(ctx, {
      serverAddress: args[0] ?? '',
      user: flagString(flags, 'username'),
      userSet: flagSet(flags, 'username'),
      password: flagString(flags, 'password'),
      passwordSet: flagSet(flags, 'password'),
      passwordStdin: flagBool(flags, 'password-stdin'),
      passwordStdinSet: flagSet(flags, 'password-stdin'),
    });
  },
};
