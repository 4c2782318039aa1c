// What every npm command needs: the project it works on (npm's prefix: the nearest directory
// up from the working directory with a package.json), reading package.json, and npm's error
// display ("npm error <title> <line>", then where the debug log is, which npm writes).
import { dirname } from '../../../fs/path.ts';
import type { ExternalRequest } from '../../../shell/context.ts';
import { readText, writeData } from '../files.ts';
import type { PkgHost } from '../hook.ts';
import type { PackageJson } from './npm-tree.ts';

export interface NpmContext {
  req: ExternalRequest;
  host: PkgHost;
  prefix: string;
  out(text: string): void;
}

/** npm's prefix: the nearest directory with a package.json (or node_modules), else the cwd. */
export function findPrefix(host: PkgHost, cwd: string): string {
  for (let dir = cwd; ; dir = dirname(dir)) {
    if (host.fs.exists(`${dir === '/' ? '' : dir}/package.json`) || host.fs.exists(`${dir === '/' ? '' : dir}/node_modules`)) return dir;
    if (dir === '/') return cwd;
  }
}

export function projectFile(ctx: NpmContext, name: string): string {
  return `${ctx.prefix === '/' ? '' : ctx.prefix}/${name}`;
}

/** package.json, or undefined when there is none; a JSON error is thrown as npm reports it. */
export function readPackageJson(ctx: NpmContext): PackageJson | undefined {
  const text = readText(ctx.host.fs, projectFile(ctx, 'package.json'));
  return text === undefined ? undefined : (JSON.parse(text) as PackageJson);
}

function logFile(ctx: NpmContext): string {
  const iso = new Date(ctx.host.now()).toISOString().replace(/[.:]/g, '_');
  const home = ctx.req.env.HOME || '/root';
  const path = `${home === '/' ? '' : home}/.npm/_logs/${iso}-debug-0.log`;
  try {
    writeData(ctx.host, path, `0 verbose cli ${ctx.req.argv.join(' ')}\n`);
  } catch {
    // a home the user cannot write: npm carries on without its log
  }
  return path;
}

/** npm's error display: each [title, text] line prefixed "npm error", then the log's path. */
export function npmError(ctx: NpmContext, lines: [string, string][], exitCode: number): number {
  let text = '';
  for (const [title, msg] of lines) {
    for (const line of msg.split('\n')) text += `npm error${title ? ` ${title}` : ''}${line ? ` ${line}` : ''}\n`;
  }
  text += `npm error A complete log of this run can be found in: ${logFile(ctx)}\n`;
  ctx.req.io.stderr.write(text);
  return exitCode;
}

/** npm's ENOENT for a missing package.json (exit 254). */
export function noPackageJson(ctx: NpmContext): number {
  const path = projectFile(ctx, 'package.json');
  return npmError(ctx, [
    ['code', 'ENOENT'], ['syscall', 'open'], ['path', path], ['errno', '-2'],
    ['enoent', `Could not read package.json: Error: ENOENT: no such file or directory, open '${path}'`],
    ['enoent', 'This is related to npm not being able to find a file.'], ['enoent', ''],
  ], 254);
}

/** ms(): "512ms", then whole seconds, "2s". */
export function duration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)}ms` : `${Math.round(ms / 1000)}s`;
}
