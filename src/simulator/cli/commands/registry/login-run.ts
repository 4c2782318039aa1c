// docker login's flow (cli/command/registry/login.go): flag checks, --password-stdin, stored
// credentials tried first when no username or password is given, else the prompts (prompt.ts),
// then the daemon's login and the credentials stored in the config file, with the file store's
// warning the first time a password is written unencrypted.
import { loadRegistries } from '../../../engine/registries.ts';
import { DaemonError, daemonErrorText } from '../../../errors/daemon-error.ts';
import { CliError } from '../../../errors/cli-error.ts';
import type { CommandContext } from '../../command.ts';
import { convertToHostname, INDEX_SERVER, loadConfigFile, type ConfigFile, type Credentials } from './config-file.ts';
import { deviceLogin, promptCredentials, readAllStdin, stdinIsTerminal } from './prompt.ts';
import { printNote } from './tui.ts';

export interface LoginOptions {
  serverAddress: string;
  user: string;
  userSet: boolean;
  password: string;
  passwordSet: boolean;
  passwordStdin: boolean;
  passwordStdinSet: boolean;
}

/** verifyLoginFlags. */
function verifyFlags(o: LoginOptions): void {
  if (o.passwordStdinSet || o.password === '-') {
    if (o.passwordSet && o.password !== '-') throw new CliError('conflicting options: cannot specify both --password and --password-stdin', 1);
    if (!o.userSet) throw new CliError('the --password-stdin option requires --username to be set', 1);
  }
  if (o.userSet && o.user === '') throw new CliError('username is empty', 1);
  if (o.passwordSet && o.password === '') throw new CliError('password is empty', 1);
}

/** verifyLoginOptions: "-" means stdin; a password on the command line is warned about. */
async function verifyOptions(ctx: CommandContext, o: LoginOptions): Promise<void> {
  if (o.password === '-') {
    o.password = '';
    o.passwordStdin = true;
  }
  if (o.password !== '') ctx.stderr.write('WARNING! Using --password via the CLI is insecure. Use --password-stdin.\n');
  if (!o.passwordStdin) return;
  if (o.user === '') throw new CliError('username is empty', 1);
  const secret = await readAllStdin(ctx);
  const p = secret.replace(/(\r\n|\n|\r)$/, '');
  if (p.trim() === '') throw new CliError('password is empty', 1);
  o.password = p;
}

const UNENCRYPTED = (file: string) =>
  `\nWARNING! Your credentials are stored unencrypted in '${file}'.\nConfigure a credential helper to remove this warning. See\nhttps://docs.docker.com/go/credential-store/\n\n`;

/** storeCredentials through the file store: its warning when a password was written. */
function store(ctx: CommandContext, cfg: ConfigFile | undefined, key: string, creds: Credentials): void {
  if (cfg?.store(key, creds) && creds.password !== '') ctx.stderr.write(UNENCRYPTED(cfg.filename));
}

async function daemonLogin(ctx: CommandContext, creds: Credentials, serverAddress: string): Promise<string> {
  const reg = await loadRegistries();
  return reg.registryLogin(ctx.engine, { ...creds, serverAddress });
}

/** loginWithStoredCredentials: the status, or undefined when the stored ones did not work. */
async function storedLogin(ctx: CommandContext, cfg: ConfigFile | undefined, key: string, creds: Credentials): Promise<string | undefined> {
  ctx.stderr.write(`Authenticating with existing credentials... [Username: ${creds.username}]\n`);
  printNote(ctx.stderr, ctx.tty, "To login with a different account, run 'docker logout' followed by 'docker login'");
  ctx.stderr.write('\n\n');
  try {
    const status = await daemonLogin(ctx, creds, key);
    store(ctx, cfg, key, creds);
    return status;
  } catch (e) {
    if (!(e instanceof DaemonError)) throw e;
    ctx.stderr.write(e.kind === 'unauthorized' ? 'Stored credentials invalid or expired\n' : `Login did not succeed, error: ${daemonErrorText(e)}\n`);
    return undefined;
  }
}

/** loginUser: prompts where needed (or the device flow), then the daemon's login. */
async function loginUser(ctx: CommandContext, cfg: ConfigFile | undefined, o: LoginOptions, defaultUser: string, key: string): Promise<string | number> {
  if ((o.user === '' || o.password === '') && !stdinIsTerminal(ctx)) {
    throw new CliError('error: cannot perform an interactive login from a non-TTY device', 1);
  }
  if (key === INDEX_SERVER && o.user === '' && o.password === '') return deviceLogin(ctx);
  const creds = await promptCredentials(ctx, o.user, o.password, defaultUser, key);
  if (typeof creds === 'number') return creds;
  const status = await daemonLogin(ctx, creds, key);
  store(ctx, cfg, key, creds);
  return status;
}

export async function runLogin(ctx: CommandContext, o: LoginOptions): Promise<number> {
  verifyFlags(o);
  await verifyOptions(ctx, o);
  if (ctx.env.DOCKER_AUTH_CONFIG) {
    printNote(ctx.stderr, ctx.tty, 'DOCKER_AUTH_CONFIG is set and takes precedence.\nUnset DOCKER_AUTH_CONFIG to restore the CLI auth behaviour.\n', 'warn');
  }
  const server = o.serverAddress !== '' && o.serverAddress !== 'docker.io' ? o.serverAddress : INDEX_SERVER;
  const key = server === INDEX_SERVER ? server : convertToHostname(server);
  const cfg = loadConfigFile(ctx);
  const stored = o.user === '' && o.password === '' ? cfg?.get(key) : undefined;
  let status = stored ? await storedLogin(ctx, cfg, key, stored) : undefined;
  if (status === undefined) {
    const r = await loginUser(ctx, cfg, o, stored?.username ?? '', key);
    if (typeof r === 'number') return r;
    status = r;
  }
  if (status) ctx.stdout.write(`${status}\n`);
  return 0;
}
