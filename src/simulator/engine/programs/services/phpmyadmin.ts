// phpMyAdmin behind Apache (the phpmyadmin image, apache2-foreground: apache-php.ts): its
// config.inc.php takes the server from PMA_HOST (default "db") and PMA_PORT, or lets the login
// form name one with PMA_ARBITRARY=1. GET / is the login page (title "phpMyAdmin", the
// username and password fields); a POST of the form tries the MySQL/MariaDB server it names:
// the name must resolve, something must listen, and the account the server initialised must
// match (mysql-data.ts), else the page comes back with mysqli's error, as phpMyAdmin shows it.
import type { HttpRequest, HttpResponse, HttpServiceContext } from '../../http/types.ts';
import { apacheRespond } from './apache-php.ts';
import { containerEnv } from './common.ts';
import { loadAccounts } from './mysql-data.ts';
import { findServer, MYSQL } from './peers.ts';
import { parseForm } from './wordpress.ts';

function serverOf(env: Record<string, string>, form: Map<string, string>): { host: string; port: number } {
  const arbitrary = env.PMA_ARBITRARY === '1' ? form.get('pma_servername') : undefined;
  return { host: arbitrary || env.PMA_HOST || 'db', port: Number(form.get('pma_port') || env.PMA_PORT || 3306) };
}

function loginPage(env: Record<string, string>, error = ''): string {
  const server = env.PMA_ARBITRARY === '1' ? `\n      <div class="row"><label for="input_servername">Server:</label><input type="text" name="pma_servername" id="input_servername" value="${env.PMA_HOST ?? ''}" size="24" class="textfield"></div>` : '';
  const alert = error ? `\n  <div class="alert alert-danger" role="alert"><img src="themes/dot.gif" title="" alt="" class="icon ic_s_error"> ${error}</div>` : '';
  return `<!DOCTYPE HTML>
<html lang="en" dir="ltr">
<head>
  <meta charset="utf-8">
  <meta name="referrer" content="no-referrer">
  <meta name="robots" content="noindex,nofollow">
  <title>phpMyAdmin</title>
</head>
<body id="loginform">
<div class="container">
  <a href="./url.php?url=https%3A%2F%2Fwww.phpmyadmin.net%2F" target="_blank" rel="noopener noreferrer" class="logo"><img src="./themes/pmahomme/img/logo_right.png" id="imLogo" name="imLogo" alt="phpMyAdmin" border="0"></a>
  <h1>Welcome to <bdo dir="ltr" lang="en">phpMyAdmin</bdo></h1>${alert}
  <form method="post" id="login_form" action="index.php?route=/" name="login_form" class="disableAjax hide js-show">
    <fieldset class="pma-fieldset"><legend>Log in</legend>${server}
      <div class="row"><label for="input_username">Username:</label><input type="text" name="pma_username" id="input_username" value="" size="24" class="textfield" autocomplete="username"></div>
      <div class="row"><label for="input_password">Password:</label><input type="password" name="pma_password" id="input_password" value="" size="24" class="textfield" autocomplete="current-password"></div>
      <input type="hidden" name="server" value="1">
    </fieldset>
    <fieldset class="pma-fieldset tblFooters"><input class="btn btn-primary" value="Log in" type="submit" id="input_go"></fieldset>
  </form>
</div>
</body>
</html>
`;
}

/** mysqli's connection error for the form's server and account, as phpMyAdmin prints it. */
function loginError(ctx: HttpServiceContext, env: Record<string, string>, form: Map<string, string>): string | undefined {
  const { host, port } = serverOf(env, form);
  const hit = findServer(ctx.engine, ctx.container, host, port, MYSQL);
  const user = form.get('pma_username') ?? '';
  const password = form.get('pma_password') ?? '';
  if (!hit.ok && hit.why === 'resolve') return `mysqli::real_connect(): php_network_getaddresses: getaddrinfo for ${host} failed: Name or service not known`;
  if (!hit.ok) return `mysqli::real_connect(): (HY000/2002): ${hit.why === 'refused' ? 'Connection refused' : 'Connection timed out'}`;
  const ok = loadAccounts(hit.fs).accounts.some((a) => a.user === user && (a.host === '%' || a.host === hit.peer) && a.password === password);
  return ok ? undefined : `mysqli::real_connect(): (HY000/1045): Access denied for user '${user}'@'${hit.peer}' (using password: ${password ? 'YES' : 'NO'})`;
}

export function phpmyadminHttp(ctx: HttpServiceContext, req: HttpRequest): HttpResponse {
  const env = containerEnv(ctx.container);
  const path = req.target.split('?')[0];
  const html: [string, string][] = [['Cache-Control', 'no-store, no-cache, must-revalidate'], ['Content-Type', 'text/html; charset=utf-8']];
  if (path !== '/' && path !== '/index.php') return apacheRespond(ctx, req, 404, [], `<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n<title>404 Not Found</title>\n</head><body>\n<h1>Not Found</h1>\n<p>The requested URL was not found on this server.</p>\n<hr>\n<address>${'Apache/2.4.66 (Debian)'} Server at ${req.headers.find(([k]) => k.toLowerCase() === 'host')?.[1]?.split(':')[0] ?? 'localhost'} Port 80</address>\n</body></html>\n`);
  if (req.method !== 'POST') return apacheRespond(ctx, req, 200, html, loginPage(env));
  const form = parseForm(req.body);
  const error = loginError(ctx, env, form);
  if (error) return apacheRespond(ctx, req, 200, html, loginPage(env, `${error}<br>mysqli::real_connect(): Cannot log in to the MySQL server`));
  return apacheRespond(ctx, req, 302, [['Location', 'index.php?route=/'], ...html], '');
}
