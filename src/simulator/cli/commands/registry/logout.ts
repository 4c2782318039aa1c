// docker logout: remove the stored credentials of Docker Hub (the default) or another registry
// from the config file. Docker prints "Removing login credentials for <server>" whether or not
// any were stored (the "Not logged in to" message went with Docker 20.10); the keys old clients
// wrote with a scheme are removed too. No flags.
import type { CommandContext, CommandSpec } from '../../command.ts';

async function runLogout(ctx: CommandContext, server: string): Promise<void> {
  const { convertToHostname, INDEX_SERVER, loadConfigFile } = await import('./config-file.ts');
  const isDefault = server === '';
  const address = isDefault ? INDEX_SERVER : server;
  const hostname = isDefault ? address : convertToHostname(address);
  const keys = isDefault ? [address] : [address, hostname, `http://${hostname}`, `https://${hostname}`];
  if (ctx.env.DOCKER_AUTH_CONFIG) {
    const { printNote } = await import('./tui.ts');
    printNote(ctx.stderr, ctx.tty, 'DOCKER_AUTH_CONFIG is set and takes precedence.\nUnset DOCKER_AUTH_CONFIG to restore the CLI auth behaviour.\n', 'warn');
  }
  ctx.stdout.write(`Removing login credentials for ${hostname}\n`);
  const cfg = loadConfigFile(ctx);
  for (const key of keys) cfg?.erase(key);
}

export const logout: CommandSpec = {
  name: 'logout',
  use: 'logout [SERVER]',
  short: 'Log out from a registry',
  long: 'Log out from a registry.\nIf no server is specified, the default is defined by the daemon.',
  args: { max: 1 },
  flags: [],
  run: (ctx, args) => runLogout(ctx, args[0] ?? ''),
};
