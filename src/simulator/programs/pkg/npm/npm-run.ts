// `npm run <script>`, `npm start`, `npm test`: the script from package.json (start defaults to
// `node server.js` when there is a server.js), npm's banner ("> app@1.0.0 start" / "> node
// server.js"), pre/post scripts, then the command line itself through the container's shell,
// with node_modules/.bin first on PATH. So whatever the script runs (node, a build tool the
// toolchain model knows, a missing program) behaves as that program does there. A failing
// script is npm's "command failed" error with the script's exit code.
import { npmError, noPackageJson, projectFile, readPackageJson, type NpmContext } from './npm-context.ts';

function banner(id: string, event: string, cmd: string): string {
  return `\n> ${id ? `${id} ` : ''}${event}\n> ${cmd.trim().replace(/\n/g, '\n> ')}\n\n`;
}

const LIFECYCLE = new Set(['prepare', 'prepublishOnly', 'prepack', 'postpack', 'dependencies', 'preinstall', 'install', 'postinstall', 'prepublish', 'publish', 'postpublish', 'prerestart', 'restart', 'postrestart', 'prestart', 'start', 'poststart', 'prestop', 'stop', 'poststop', 'pretest', 'test', 'posttest', 'preuninstall', 'uninstall', 'postuninstall', 'preversion', 'version', 'postversion']);

/** `npm run` without a script name: the scripts package.json defines (npm's run-script list). */
function list(ctx: NpmContext, scripts: Record<string, string>, id: string): number {
  const entries = Object.entries(scripts);
  const life = entries.filter(([n]) => LIFECYCLE.has(n));
  const other = entries.filter(([n]) => !LIFECYCLE.has(n));
  const show = (e: [string, string][]) => e.map(([n, c]) => `  ${n}\n    ${c}\n`).join('');
  if (life.length) ctx.out(`Lifecycle scripts included in ${id}:\n${show(life)}`);
  if (other.length) ctx.out(`${life.length ? 'available' : `Scripts available in ${id}`} via \`npm run-script\`:\n${show(other)}`);
  return 0;
}

export async function npmRun(ctx: NpmContext, event: string | undefined, args: string[]): Promise<number> {
  const pkg = readPackageJson(ctx);
  if (!pkg) return noPackageJson(ctx);
  const scripts = { ...(pkg.scripts ?? {}) };
  const id = pkg.name ? `${pkg.name}${pkg.version ? `@${pkg.version}` : ''}` : '';
  if (event === undefined) return list(ctx, scripts, id);
  if (event === 'start' && scripts.start === undefined && ctx.host.fs.exists(projectFile(ctx, 'server.js'))) scripts.start = 'node server.js';
  if (scripts[event] === undefined) {
    return npmError(ctx, [['', `Missing script: "${event}"\n\nTo see a list of scripts, run:\n  npm run`]], 1);
  }
  const sh = ctx.req.sh;
  if (!sh) return npmError(ctx, [['', 'dockyard: npm cannot run scripts here']], 1);
  const env = { ...ctx.req.env, PATH: `${projectFile(ctx, 'node_modules/.bin')}:${ctx.req.env.PATH ?? '/usr/local/bin:/usr/bin:/bin'}`, npm_lifecycle_event: event };
  const events: [string, string][] = [];
  if (scripts[`pre${event}`]) events.push([`pre${event}`, scripts[`pre${event}`]]);
  events.push([event, [scripts[event], ...args].join(' ')]);
  if (scripts[`post${event}`]) events.push([`post${event}`, scripts[`post${event}`]]);
  for (const [ev, cmd] of events) {
    ctx.out(banner(id, ev, cmd));
    const code = await sh(cmd, ctx.req.io, { ...env, npm_lifecycle_event: ev, npm_lifecycle_script: cmd });
    if (code !== 0) return npmError(ctx, [['code', String(code)], ['path', ctx.prefix], ['', 'command failed'], ['command', `sh -c ${cmd}`]], code);
  }
  return 0;
}
