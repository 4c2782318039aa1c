// Adminer in its official image: PHP's built-in web server (`php -S [::]:8080 -t /var/www/html`
// as user adminer) logs its start and, for every request, Accepted / [status]: METHOD path /
// Closing on stderr, the client shown as an IPv4-mapped address since it listens on [::]. The
// page is Adminer's login form, its Server field prefilled with ADMINER_DEFAULT_SERVER (db), as
// the image's index.php does; logging in is not modelled (the form comes back).
import { writeLog } from '../../containers/lifecycle.ts';
import { httpDate } from '../../http/files.ts';
import type { HttpRequest, HttpResponse, HttpService, HttpServiceContext } from '../../http/types.ts';
import type { Engine } from '../../engine.ts';
import type { ContainerRecord } from '../../state.ts';
import type { ProgramContext } from '../types.ts';
import { containerEnv, err, running, serverArgs } from './common.ts';
import type { ServiceModel } from './types.ts';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** PHP's cli-server log time: [Wed Nov 25 10:00:03 2026]. */
function phpTime(ms: number): string {
  const d = new Date(ms);
  const p2 = (n: number) => String(n).padStart(2, '0');
  return `[${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${p2(d.getUTCDate())} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())} ${d.getUTCFullYear()}]`;
}

/** The -S address ([::]:8080) of the command line. */
function address(argv: string[]): string {
  const i = argv.indexOf('-S');
  return i >= 0 ? (argv[i + 1] ?? '[::]:8080') : '[::]:8080';
}

function portOf(engine: Engine, c: ContainerRecord): number {
  return Number(address(serverArgs(engine, c)).split(':').pop());
}

function start(ctx: ProgramContext, argv: string[]) {
  const version = ctx.env.PHP_VERSION ?? '8.4.22';
  return running('adminer', [err(`${phpTime(ctx.now)} PHP ${version} Development Server (http://${address(argv)}) started`)]);
}

function loginPage(server: string, version: string): string {
  return `<!DOCTYPE html>
<html lang="en" dir="ltr">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="robots" content="noindex">
<meta name="viewport" content="width=device-width">
<title>Login - Adminer</title>
<link rel="stylesheet" href="?file=default.css&amp;version=${version}">
<body class="ltr nojs">
<div id="content">
<h2>Login</h2>
<div id='ajaxstatus' class='jsonly hidden'></div>
<form action='' method='post'>
<div></div>
<table class='layout'>
<tr><th>System<td><select name='auth[driver]'><option value="server" selected>MySQL / MariaDB<option value="sqlite">SQLite<option value="pgsql">PostgreSQL<option value="oracle">Oracle (beta)<option value="mssql">MS SQL</select>
<tr><th>Server<td><input name="auth[server]" value="${server}" title="hostname[:port]" placeholder="localhost" autocapitalize="off">
<tr><th>Username<td><input name="auth[username]" id="username" autofocus value="" autocomplete="username" autocapitalize="off">
<tr><th>Password<td><input type="password" name="auth[password]" autocomplete="current-password">
<tr><th>Database<td><input name="auth[db]" value="" autocapitalize="off">
</table>
<p><input type='submit' value='Login'>
<label><input type='checkbox' name='auth[permanent]' value='1'>Permanent login</label>
</form>
</div>
<div id="menu">
<h1><a href='https://www.adminer.org/' target="_blank" rel="noreferrer noopener" id='h1'>Adminer</a> <span class="version">${version}</span></h1>
</div>
</body>
</html>
`;
}

function respond(ctx: HttpServiceContext, req: HttpRequest, status: number, body: string): HttpResponse {
  const env = containerEnv(ctx.container);
  const client = `[::ffff:${ctx.remoteAddr}]:${32768 + ctx.engine.randInt(28232)}`;
  const t = phpTime(ctx.now);
  writeLog(ctx.engine, ctx.container, [err(`${t} ${client} Accepted`), err(`${t} ${client} [${status}]: ${req.method} ${req.target}`), err(`${t} ${client} Closing`)], ctx.now);
  const headers: [string, string][] = [
    ['Host', req.headers.find(([k]) => k.toLowerCase() === 'host')?.[1] ?? 'localhost'],
    ['Date', httpDate(ctx.now)],
    ['Connection', 'close'],
    ['X-Powered-By', `PHP/${env.PHP_VERSION ?? '8.4.22'}`],
    ['Content-Type', 'text/html; charset=utf-8'],
    ['Cache-Control', 'no-cache'],
    ['X-Frame-Options', 'deny'],
    ['X-XSS-Protection', '0'],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'origin-when-cross-origin'],
  ];
  return { status, reason: status === 200 ? 'OK' : 'Not Found', headers, body };
}

const http: HttpService = {
  listens: (engine, c) => [portOf(engine, c)],
  handle(ctx, req) {
    const env = containerEnv(ctx.container);
    return respond(ctx, req, 200, loginPage(env.ADMINER_DEFAULT_SERVER || 'db', env.ADMINER_VERSION ?? '5.5.0'));
  },
};

export const adminer: ServiceModel = {
  program: 'adminer',
  start,
  ports: (engine, c) => [portOf(engine, c)],
  http,
};
