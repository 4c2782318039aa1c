// apt-get (and apt) over the container's files: update, install, remove/purge, and the
// housekeeping commands (clean, autoremove, upgrade) that have nothing to do in a fresh image.
// Options: -y/--yes/--assume-yes, -q/-qq, --no-install-recommends, -o X=Y (ignored), -f.
// Not root: dpkg's lock errors (exit 100), as apt-get prints them.
import type { ExternalRequest } from '../../../shell/context.ts';
import type { PkgHost } from '../hook.ts';
import { osRelease } from '../os-release.ts';
import { debRelease, type DebRelease } from './deb-table.ts';
import { aptInstall } from './apt-install.ts';
import { aptRemove } from './apt-remove.ts';
import { aptUpdate } from './apt-update.ts';

export interface AptOptions {
  command: string;
  packages: string[];
  yes: boolean;
  quiet: number;
  recommends: boolean;
  purge: boolean;
}

export interface AptContext {
  req: ExternalRequest;
  host: PkgHost;
  opts: AptOptions;
  release: DebRelease;
  out(text: string): void;
  err(text: string): void;
  /** "Reading package lists..." as apt prints a finished step: "... Done" on a terminal. */
  step(text: string): void;
}

const SHORT: Record<string, (o: AptOptions) => void> = {
  y: (o) => (o.yes = true),
  q: (o) => (o.quiet += 1),
  f: () => undefined,
  m: () => undefined,
  V: () => undefined,
};

function parse(args: string[]): AptOptions | string {
  const o: AptOptions = { command: '', packages: [], yes: false, quiet: 0, recommends: true, purge: false };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '-o' || a === '-c' || a === '-t' || a === '--option' || a === '--target-release') i++;
    else if (a.startsWith('-o') && !a.startsWith('--')) continue;
    else if (a === '--yes' || a === '--assume-yes' || a === '--force-yes') o.yes = true;
    else if (a === '--quiet') o.quiet += 1;
    else if (a.startsWith('--quiet=')) o.quiet = Number(a.slice(8)) || 0;
    else if (a === '--no-install-recommends') o.recommends = false;
    else if (a === '--install-recommends') o.recommends = true;
    else if (a === '--purge') o.purge = true;
    else if (a.startsWith('--')) continue;
    else if (a.startsWith('-') && a.length > 1) {
      for (const ch of a.slice(1)) {
        const f = SHORT[ch];
        if (!f) return `E: Command line option '${ch}' [from ${a}] is not understood in combination with the other options.`;
        f(o);
      }
    } else if (!o.command) o.command = a;
    else o.packages.push(a);
  }
  return o;
}

function releaseOf(host: PkgHost): DebRelease {
  const os = osRelease(host.fs);
  const ubuntu = os.id === 'ubuntu';
  return debRelease(ubuntu ? 'ubuntu' : 'debian', os.codename || (ubuntu ? 'noble' : 'trixie'));
}

const VERSIONS: Record<string, string> = { trixie: '3.0.3', bookworm: '2.6.1', noble: '2.8.3', jammy: '2.4.14' };

function noLock(ctx: AptContext, command: string): number {
  if (command === 'update') ctx.err('E: Could not open lock file /var/lib/apt/lists/lock - open (13: Permission denied)\nE: Unable to lock directory /var/lib/apt/lists/\n');
  else ctx.err('E: Could not open lock file /var/lib/dpkg/lock-frontend - open (13: Permission denied)\nE: Unable to acquire the dpkg frontend lock (/var/lib/dpkg/lock-frontend), are you root?\n');
  return 100;
}

function nothingToDo(ctx: AptContext, calculating: boolean): number {
  ctx.step('Reading package lists...');
  ctx.step('Building dependency tree...');
  ctx.step('Reading state information...');
  if (calculating) ctx.step('Calculating upgrade...');
  ctx.out('0 upgraded, 0 newly installed, 0 to remove and 0 not upgraded.\n');
  return 0;
}

export async function aptGet(req: ExternalRequest, host: PkgHost): Promise<number> {
  const parsed = parse(req.argv.slice(1));
  const out = (t: string) => req.io.stdout.write(t);
  const err = (t: string) => req.io.stderr.write(t);
  if (typeof parsed === 'string') {
    err(`${parsed}\n`);
    return 100;
  }
  // Not on a terminal apt runs as with -q: progress steps end with a newline, not "... Done".
  const quiet = parsed.quiet > 0 ? parsed.quiet : req.io.tty ? 0 : 1;
  const release = releaseOf(host);
  const ctx: AptContext = {
    req, host, opts: { ...parsed, quiet }, release, out, err,
    step: (t) => (quiet >= 2 ? undefined : out(quiet === 0 ? `${t} Done\n` : `${t}\n`)),
  };
  if (req.name === 'apt' && !req.io.tty) err('\nWARNING: apt does not have a stable CLI interface. Use with caution in scripts.\n\n');
  const cmd = parsed.command;
  if (cmd === '' || cmd === 'help') {
    out(`apt ${VERSIONS[release.codename] ?? '3.0.3'} (amd64)\nUsage: apt-get [options] command\n       apt-get [options] install|remove pkg1 [pkg2 ...]\n       apt-get [options] source pkg1 [pkg2 ...]\n`);
    return cmd === '' ? 1 : 0;
  }
  const writes = ['update', 'install', 'remove', 'purge', 'autoremove', 'upgrade', 'dist-upgrade', 'full-upgrade', 'clean', 'autoclean'];
  if (writes.includes(cmd) && host.uid !== 0) return noLock(ctx, cmd);
  switch (cmd) {
    case 'update':
      return aptUpdate(ctx);
    case 'install':
      return aptInstall(ctx);
    case 'remove':
    case 'purge':
      return aptRemove(ctx, cmd === 'purge' || parsed.purge);
    case 'clean':
    case 'autoclean':
      return 0;
    case 'autoremove':
      return nothingToDo(ctx, false);
    case 'upgrade':
    case 'dist-upgrade':
    case 'full-upgrade':
      return nothingToDo(ctx, true);
    default:
      err(`E: Invalid operation ${cmd}\n`);
      return 100;
  }
}
