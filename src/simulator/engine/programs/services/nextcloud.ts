// Nextcloud in the nextcloud image: the entrypoint configures PHP sessions (Redis with
// REDIS_HOST), copies Nextcloud into an empty /var/www/html, and on a new instance either
// installs it (NEXTCLOUD_ADMIN_USER/PASSWORD plus SQLite or a MySQL/PostgreSQL database it can
// reach) or leaves the web installer. HTTP: the installer page, /status.php, /login after install.
import type { HttpRequest, HttpResponse, HttpServiceContext } from '../../http/types.ts';
import type { Vfs } from '../../../fs/types.ts';
import type { OutputChunk, ProgramContext } from '../types.ts';
import { apacheRespond } from './apache-php.ts';
import { exists, filesOf, filesOfContainer, lines, writeFiles } from './common.ts';
import { findServer } from './peers.ts';

const ROOT = '/var/www/html';

function internalVersion(env: Record<string, string>): string {
  return `${env.NEXTCLOUD_VERSION ?? '34.0.3'}.2`;
}

function readConfig(fs: Vfs): Record<string, unknown> {
  try {
    return JSON.parse(fs.readFile(`${ROOT}/config/dockyard-config.json`)) as Record<string, unknown>;
  } catch {
    return {};
  }
}

type Db = 'SQLite' | 'MySQL' | 'PostgreSQL';

/** Which database the automatic installation uses, as the entrypoint picks it. */
function chosenDb(env: Record<string, string>): Db | undefined {
  if (env.SQLITE_DATABASE !== undefined) return 'SQLite';
  if (env.MYSQL_DATABASE && env.MYSQL_USER && env.MYSQL_PASSWORD && env.MYSQL_HOST) return 'MySQL';
  if (env.POSTGRES_DB && env.POSTGRES_USER && env.POSTGRES_PASSWORD && env.POSTGRES_HOST) return 'PostgreSQL';
  return undefined;
}

function install(ctx: ProgramContext, db: Db): string[] {
  const env = ctx.env;
  const host = db === 'MySQL' ? env.MYSQL_HOST : env.POSTGRES_HOST;
  const [name, port] = (host ?? '').split(':');
  const programs = db === 'MySQL' ? ['mysqld', 'mariadbd'] : ['postgres'];
  const reachable = db === 'SQLite' || findServer(ctx.engine, ctx.container, name, Number(port || (db === 'MySQL' ? 3306 : 5432)), programs).ok;
  if (!reachable) return ['Starting nextcloud installation', `Error while trying to create admin account: An exception occurred in the driver: SQLSTATE[HY000] [2002] php_network_getaddresses: getaddrinfo for ${name} failed: Name or service not known`, 'Retrying install...'];
  writeFiles(filesOf(ctx), { [`${ROOT}/config/dockyard-config.json`]: JSON.stringify({ installed: true, dbtype: db, admin: env.NEXTCLOUD_ADMIN_USER }) });
  const trusted = env.NEXTCLOUD_TRUSTED_DOMAINS ? ['Setting trusted domains…', ...env.NEXTCLOUD_TRUSTED_DOMAINS.split(/\s+/).filter(Boolean).map((d, i) => `System config value trusted_domains => ${i + 1} set to string ${d}`)] : [];
  return ['Starting nextcloud installation', 'Nextcloud was successfully installed', ...trusted];
}

/** The entrypoint's lines before Apache starts. */
export function nextcloudStart(ctx: ProgramContext): OutputChunk[] {
  const env = ctx.env;
  const fs = filesOf(ctx);
  const session = env.REDIS_HOST ? ['=> Configuring PHP session handler...', '==> Using Redis as PHP session handler...'] : ['=> Configuring PHP session handler...', '==> Using default PHP session handler'];
  if (exists(fs, `${ROOT}/version.php`)) return lines('stdout', session);
  const v = internalVersion(env);
  writeFiles(fs, { [`${ROOT}/version.php`]: `<?php\n$OC_Version = array(${v.split('.').join(',')});\n`, [`${ROOT}/occ`]: '<?php\n', [`${ROOT}/config/`]: '', [`${ROOT}/data/`]: '' }, 33);
  const db = env.NEXTCLOUD_ADMIN_USER && env.NEXTCLOUD_ADMIN_PASSWORD ? chosenDb(env) : undefined;
  const how = db
    ? [`Installing with ${db} database`, ...install(ctx, db)]
    : ['Next step: Access your instance to finish the web-based installation!', 'Hint: You can specify NEXTCLOUD_ADMIN_USER and NEXTCLOUD_ADMIN_PASSWORD and the database variables _prior to first launch_ to fully automate initial installation.'];
  return lines('stdout', [...session, `Initializing nextcloud ${v} ...`, 'New nextcloud instance', ...how, 'Initializing finished']);
}

function installerPage(): string {
  return `<!DOCTYPE html>
<html class="ng-csp" data-placeholder-focus="false" lang="en" data-locale="en" translate="no" >
\t<head data-requesttoken="">
\t\t<meta charset="utf-8">
\t\t<title>Nextcloud</title>
\t\t<meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0">
\t\t<meta name="robots" content="noindex, nofollow">
\t</head>
\t<body id="body-login">
\t\t<main>
\t\t\t<form action="index.php" method="post" class="guest-box install-form">
\t\t\t\t<h2>Create an <strong>admin account</strong></h2>
\t\t\t\t<input type="text" name="adminlogin" id="adminlogin" placeholder="Login" autocomplete="off" autocapitalize="none" spellcheck="false" autofocus required>
\t\t\t\t<input type="password" name="adminpass" id="adminpass" placeholder="Password" required>
\t\t\t\t<h2>Storage &amp; database</h2>
\t\t\t\t<input type="submit" class="primary" value="Install" data-finishing="Installing …">
\t\t\t</form>
\t\t</main>
\t</body>
</html>
`;
}

export function nextcloudHttp(ctx: HttpServiceContext, req: HttpRequest): HttpResponse {
  const fs = filesOfContainer(ctx.engine, ctx.container);
  const installed = readConfig(fs).installed === true;
  const path = req.target.split('?')[0];
  const host = req.headers.find(([k]) => k.toLowerCase() === 'host')?.[1] ?? 'localhost';
  if (path === '/status.php') {
    const env = Object.fromEntries(ctx.container.config.Env.map((e) => [e.slice(0, e.indexOf('=')), e.slice(e.indexOf('=') + 1)]));
    const v = internalVersion(env);
    const body = JSON.stringify({ installed, maintenance: false, needsDbUpgrade: false, version: v, versionstring: v.split('.').slice(0, 3).join('.'), edition: '', productname: 'Nextcloud', extendedSupport: false });
    return apacheRespond(ctx, req, 200, [['Content-Type', 'application/json']], body);
  }
  if (!installed) return apacheRespond(ctx, req, 200, [['Cache-Control', 'no-cache, no-store, must-revalidate'], ['Content-Type', 'text/html;charset=UTF-8']], installerPage());
  if (path === '/' || path === '/index.php') return apacheRespond(ctx, req, 302, [['Location', `http://${host}/login`]], '');
  return apacheRespond(ctx, req, 200, [['Content-Type', 'text/html;charset=UTF-8']], '<!DOCTYPE html>\n<html lang="en">\n<head>\n<title>Login – Nextcloud</title>\n</head>\n<body id="body-login">\n</body>\n</html>\n');
}
