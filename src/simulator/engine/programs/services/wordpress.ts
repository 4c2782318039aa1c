// WordPress in the wordpress image. At start the entrypoint copies WordPress into an empty
// /var/www/html (its VOLUME) and, when WORDPRESS_* variables are set and there is no
// wp-config.php, writes the docker one that reads them. The image does not wait for a database:
// each request does what WordPress does, connecting to DB_HOST (a name the container resolves
// on its networks) with DB_USER/DB_PASSWORD: 500 "Error establishing a database connection"
// when that fails, the installer while the database has no tables, then the site.
import type { HttpRequest, HttpResponse, HttpServiceContext } from '../../http/types.ts';
import type { Vfs } from '../../../fs/types.ts';
import type { OutputChunk, ProgramContext } from '../types.ts';
import { apacheRespond } from './apache-php.ts';
import { containerEnv, err, exists, filesOf, filesOfContainer, writeFiles } from './common.ts';
import { checkLogin, DATADIR } from './mysql-data.ts';
import { findServer, MYSQL } from './peers.ts';
import { alreadyInstalledPage, dbErrorPage, homePage, installPage, installSuccessPage, setupConfigPage } from './wordpress-pages.ts';

const ROOT = '/var/www/html';
const WWW_DATA = 33;
const TABLES = `${DATADIR}/dockyard-tables.json`;

const DOCKER_CONFIG = `<?php
// a helper function to lookup "env_FILE", "env", then fallback
define( 'DB_NAME', getenv_docker('WORDPRESS_DB_NAME', 'wordpress') );
define( 'DB_USER', getenv_docker('WORDPRESS_DB_USER', 'example username') );
define( 'DB_PASSWORD', getenv_docker('WORDPRESS_DB_PASSWORD', 'example password') );
define( 'DB_HOST', getenv_docker('WORDPRESS_DB_HOST', 'mysql') );
define( 'DB_CHARSET', getenv_docker('WORDPRESS_DB_CHARSET', 'utf8mb4') );
$table_prefix = getenv_docker('WORDPRESS_TABLE_PREFIX', 'wp_');
require_once ABSPATH . 'wp-settings.php';
`;

function version(ctx: ProgramContext): string {
  return ctx.catalogImage?.tags.find((t) => /^\d+\.\d+\.\d+$/.test(t)) ?? '7.1.0';
}

function copyWordPress(fs: Vfs, v: string): void {
  writeFiles(fs, {
    [`${ROOT}/index.php`]: "<?php\ndefine( 'WP_USE_THEMES', true );\nrequire __DIR__ . '/wp-blog-header.php';\n",
    [`${ROOT}/.htaccess`]: '# BEGIN WordPress\nRewriteEngine On\nRewriteRule .* - [E=HTTP_AUTHORIZATION:%{HTTP:Authorization}]\nRewriteBase /\nRewriteRule ^index\\.php$ - [L]\nRewriteCond %{REQUEST_FILENAME} !-f\nRewriteCond %{REQUEST_FILENAME} !-d\nRewriteRule . /index.php [L]\n# END WordPress\n',
    [`${ROOT}/wp-includes/version.php`]: `<?php\n$wp_version = '${v}';\n`,
    [`${ROOT}/wp-config-sample.php`]: "<?php\ndefine( 'DB_NAME', 'database_name_here' );\n",
    [`${ROOT}/wp-config-docker.php`]: DOCKER_CONFIG,
    [`${ROOT}/wp-admin/install.php`]: '<?php\n',
    [`${ROOT}/wp-admin/setup-config.php`]: '<?php\n',
    [`${ROOT}/wp-content/index.php`]: '<?php\n// Silence is golden.\n',
    [`${ROOT}/wp-content/themes/`]: '',
    [`${ROOT}/wp-content/plugins/`]: '',
    [`${ROOT}/readme.html`]: `<!DOCTYPE html>\n<html lang="en">\n<head>\n\t<title>WordPress &#8250; ReadMe</title>\n</head>\n<body>\n<h1 id="logo">WordPress</h1>\n<p style="text-align: center">Semantic Personal Publishing Platform</p>\n</body>\n</html>\n`,
    [`${ROOT}/license.txt`]: 'WordPress - Web publishing software\n\nCopyright 2011-2026 by the contributors\n',
  }, WWW_DATA);
}

function readFile(fs: Vfs, path: string): string {
  try {
    return fs.readFile(path);
  } catch {
    return '';
  }
}

/** The docker-entrypoint.sh of the wordpress image, for apache2* and php-fpm. */
export function wordpressStart(ctx: ProgramContext): OutputChunk[] {
  const fs = filesOf(ctx);
  const lines: OutputChunk[] = [];
  if (!exists(fs, `${ROOT}/index.php`) && !exists(fs, `${ROOT}/wp-includes/version.php`)) {
    lines.push(err(`WordPress not found in ${ROOT} - copying now...`));
    let present: string[] = [];
    try {
      present = fs.readdir(ROOT).filter((n) => n !== 'wp-content');
    } catch {
      // no directory yet
    }
    if (present.length) lines.push(err(`WARNING: ${ROOT} is not empty! (copying anyhow)`));
    copyWordPress(fs, version(ctx));
    lines.push(err(`Complete! WordPress has been successfully copied to ${ROOT}`));
  }
  const wpEnvs = Object.keys(ctx.env).filter((k) => k.startsWith('WORDPRESS_')).sort();
  if (!readFile(fs, `${ROOT}/wp-config.php`) && wpEnvs.length) {
    lines.push(err(`No 'wp-config.php' found in ${ROOT}, but 'WORDPRESS_...' variables supplied; copying 'wp-config-docker.php' (${wpEnvs.join(' ')})`));
    writeFiles(fs, { [`${ROOT}/wp-config.php`]: DOCKER_CONFIG }, WWW_DATA);
  }
  return lines;
}

interface WpConfig {
  name: string;
  user: string;
  password: string;
  host: string;
  prefix: string;
}

/** wp-config.php's settings: literal defines, or getenv_docker() with its default. */
function readConfig(text: string, env: Record<string, string>): WpConfig {
  const value = (expr: string): string => {
    const lit = /^'([^']*)'$/.exec(expr.trim());
    if (lit) return lit[1];
    const ge = /getenv_docker\(\s*'(\w+)'\s*,\s*'([^']*)'\s*\)/.exec(expr);
    return ge ? (env[ge[1]] ?? ge[2]) : '';
  };
  const define = (name: string) => value(new RegExp(`define\\(\\s*'${name}'\\s*,\\s*(.+?)\\s*\\);`).exec(text)?.[1] ?? "''");
  const prefix = /\$table_prefix\s*=\s*(.+?);/.exec(text)?.[1] ?? "'wp_'";
  return { name: define('DB_NAME'), user: define('DB_USER'), password: define('DB_PASSWORD'), host: define('DB_HOST'), prefix: value(prefix) };
}

type Tables = Record<string, Record<string, unknown>>;

function loadTables(fs: Vfs): Tables {
  try {
    return JSON.parse(fs.readFile(TABLES)) as Tables;
  } catch {
    return {};
  }
}

/** The database WordPress reaches, or undefined when the connection fails. */
function connectDb(ctx: HttpServiceContext, cfg: WpConfig): Vfs | undefined {
  const [host, port] = cfg.host.split(':');
  const hit = findServer(ctx.engine, ctx.container, host === 'localhost' ? '' : host, Number(port || 3306), MYSQL);
  if (!hit.ok || (host === 'localhost' && !hit.local)) return undefined;
  return checkLogin(hit.fs, cfg.user, cfg.password, cfg.name) === undefined ? hit.fs : undefined;
}

/** An application/x-www-form-urlencoded body. */
export function parseForm(body: string): Map<string, string> {
  const dec = (s: string) => {
    try {
      return decodeURIComponent(s.replace(/\+/g, ' '));
    } catch {
      return s;
    }
  };
  return new Map(body.split('&').filter(Boolean).map((kv) => [dec(kv.split('=')[0]), dec(kv.split('=').slice(1).join('='))] as [string, string]));
}

function install(db: Vfs, cfg: WpConfig, form: Map<string, string>): void {
  const all = loadTables(db);
  const tables = (all[cfg.name] ??= {});
  const col = (name: string) => ({ name, type: 'text' });
  tables[`${cfg.prefix}options`] = { columns: [col('option_name'), col('option_value')], rows: [['blogname', form.get('weblog_title') ?? ''], ['siteurl', '']] };
  tables[`${cfg.prefix}users`] = { columns: [col('user_login'), col('user_email')], rows: [[form.get('user_name') ?? '', form.get('admin_email') ?? '']] };
  writeFiles(db, { [TABLES]: `${JSON.stringify(all)}\n` });
}

function siteTitle(db: Vfs, cfg: WpConfig): string | undefined {
  const options = loadTables(db)[cfg.name]?.[`${cfg.prefix}options`] as { rows: string[][] } | undefined;
  return options?.rows.find((r) => r[0] === 'blogname')?.[1];
}

export function wordpressHttp(ctx: HttpServiceContext, req: HttpRequest): HttpResponse {
  const fs = filesOfContainer(ctx.engine, ctx.container);
  const path = req.target.split('?')[0];
  const base = `http://${req.headers.find(([k]) => k.toLowerCase() === 'host')?.[1] ?? 'localhost'}`;
  const v = /'([^']+)'/.exec(readFile(fs, `${ROOT}/wp-includes/version.php`))?.[1] ?? '7.1.0';
  const redirect = (to: string) => apacheRespond(ctx, req, 302, [['X-Redirect-By', 'WordPress'], ['Location', `${base}${to}`]], '');
  const page = (status: number, body: string, extra: [string, string][] = []) => apacheRespond(ctx, req, status, extra, body);
  const configText = readFile(fs, `${ROOT}/wp-config.php`);
  if (!configText) return path === '/wp-admin/setup-config.php' ? page(200, setupConfigPage(base, v)) : apacheRespond(ctx, req, 302, [['Location', `${base}/wp-admin/setup-config.php`]], '');
  const cfg = readConfig(configText, containerEnv(ctx.container));
  const db = connectDb(ctx, cfg);
  const noCache: [string, string][] = [['Expires', 'Wed, 11 Jan 1984 05:00:00 GMT'], ['Cache-Control', 'no-cache, must-revalidate, max-age=0, no-store, private'], ['Content-Type', 'text/html; charset=utf-8']];
  if (!db) return page(500, dbErrorPage(path.startsWith('/wp-admin/'), cfg.host), noCache);
  const title = siteTitle(db, cfg);
  if (path === '/wp-admin/install.php') {
    if (title !== undefined) return page(200, alreadyInstalledPage(base, v));
    if (req.method !== 'POST' || !req.target.includes('step=2')) return page(200, installPage(base, v));
    const form = parseForm(req.body);
    install(db, cfg, form);
    return page(200, installSuccessPage(base, v, form.get('user_name') ?? ''));
  }
  if (title === undefined) return redirect('/wp-admin/install.php');
  return page(200, homePage(base, title, v));
}
