// nodemon (3.1, from node_modules/.bin in an npm or yarn script): its start-up lines, then the
// script run by node through the shell; when the script ends nodemon says so and waits for
// file changes, which the model never sees, so it runs until the container stops. The script
// is given (`nodemon -L src/index.js`), or package.json's "main", or index.js.
import { readText, type Tool } from './common.ts';

const VALUED = new Set(['-e', '--ext', '-w', '--watch', '-i', '--ignore', '-x', '--exec', '-d', '--delay', '--signal', '--config']);

function version(t: Tool): string {
  for (let d = t.cwd; ; d = d.slice(0, d.lastIndexOf('/')) || '/') {
    const text = readText(t.fs, `${d === '/' ? '' : d}/node_modules/nodemon/package.json`);
    const v = text && /"version"\s*:\s*"([^"]+)"/.exec(text)?.[1];
    if (v) return v;
    if (d === '/') return '3.1.11';
  }
}

/** The script and its arguments, after nodemon's own options. */
function script(t: Tool): { exec: string; file: string } {
  const args = t.req.argv.slice(1);
  let exec = 'node';
  let i = 0;
  for (; i < args.length && args[i].startsWith('-'); i++) {
    if (args[i] === '-x' || args[i] === '--exec') exec = args[i + 1] ?? exec;
    if (VALUED.has(args[i])) i++;
  }
  const rest = args.slice(i);
  if (rest.length) return { exec, file: rest.join(' ') };
  const main = /"main"\s*:\s*"([^"]+)"/.exec(readText(t.fs, `${t.cwd}/package.json`) ?? '')?.[1];
  return { exec, file: main ?? 'index.js' };
}

export async function nodemon(t: Tool): Promise<number> {
  const { exec, file } = script(t);
  const ext = t.req.argv.includes('-e') ? t.req.argv[t.req.argv.indexOf('-e') + 1] : 'js,mjs,cjs,json';
  const command = `${exec} ${file}`;
  t.out(`[nodemon] ${version(t)}\n[nodemon] to restart at any time, enter \`rs\`\n[nodemon] watching path(s): *.*\n[nodemon] watching extensions: ${ext}\n[nodemon] starting \`${command}\`\n`);
  const sh = t.req.sh;
  const code = sh ? await sh(command, t.req.io, t.req.env) : 127;
  t.out(code === 0 ? '[nodemon] clean exit - waiting for changes before restart\n' : '[nodemon] app crashed - waiting for file changes before starting...\n');
  await t.host.wait?.(Infinity);
  return 0;
}
