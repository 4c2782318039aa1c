// npm: install/i/add, ci (clean-install), run/run-script, start, test, --version. Other commands
// are npm's "Unknown command" (exit 1). Scripts run through the shell (npm-run.ts), so the
// programs they call - node, or build tools another model provides - run as themselves.
import type { ExternalRequest } from '../../../shell/context.ts';
import type { PkgHost } from '../hook.ts';
import { findPrefix, type NpmContext } from './npm-context.ts';
import { npmInstall } from './npm-install.ts';
import { npmRun } from './npm-run.ts';

/** The npm bundled with each Node.js major (docker-library's node images). */
export function npmVersion(nodeVersion: string | undefined): string {
  const major = Number((nodeVersion ?? '26').split('.')[0]);
  return major >= 26 ? '11.9.0' : major >= 24 ? '11.6.2' : major >= 22 ? '10.9.4' : '10.8.2';
}

const INSTALL = new Set(['install', 'i', 'add', 'in', 'ins', 'inst', 'insta', 'instal', 'isnt', 'isnta', 'isntal', 'isntall']);
const CI = new Set(['ci', 'clean-install', 'ic', 'install-clean', 'isntall-clean']);

export async function npm(req: ExternalRequest, host: PkgHost): Promise<number> {
  const args = req.argv.slice(1);
  const flags = args.filter((a) => a.startsWith('-'));
  const words = args.filter((a) => !a.startsWith('-'));
  const ctx: NpmContext = { req, host, prefix: findPrefix(host, req.cwd), out: (t) => req.io.stdout.write(t) };
  if (flags.includes('-v') || flags.includes('--version') || words[0] === 'version') {
    ctx.out(`${npmVersion(req.env.NODE_VERSION)}\n`);
    return 0;
  }
  const cmd = words[0];
  const has = (...f: string[]) => f.some((x) => flags.includes(x));
  const opts = {
    omitDev: has('--omit=dev', '--production', '--only=prod', '--only=production') || req.env.NODE_ENV === 'production',
    saveDev: has('-D', '--save-dev'),
    audit: !has('--no-audit'),
    fund: !has('--no-fund'),
  };
  if (cmd === undefined) {
    ctx.out('npm <command>\n\nUsage:\n\nnpm install        install all the dependencies in your project\nnpm install <foo>  add the <foo> dependency to your project\nnpm test           run this project\'s tests\nnpm run <foo>      run the script named <foo>\nnpm <command> -h   quick help on <command>\n');
    return 1;
  }
  if (INSTALL.has(cmd)) return npmInstall(ctx, words.slice(1), { ...opts, ci: false });
  if (CI.has(cmd)) return npmInstall(ctx, [], { ...opts, ci: true });
  if (cmd === 'run' || cmd === 'run-script' || cmd === 'rum' || cmd === 'urn') return npmRun(ctx, words[1], scriptArgs(args));
  if (cmd === 'start' || cmd === 'test' || cmd === 't' || cmd === 'tst' || cmd === 'stop' || cmd === 'restart') return npmRun(ctx, cmd.startsWith('t') ? 'test' : cmd, scriptArgs(args));
  ctx.out(`Unknown command: "${cmd}"\n\nTo see a list of supported npm commands, run:\n  npm help\n`);
  return 1;
}

/** What follows `--` goes to the script: `npm run build -- --watch`. */
function scriptArgs(args: string[]): string[] {
  const i = args.indexOf('--');
  return i === -1 ? [] : args.slice(i + 1);
}
