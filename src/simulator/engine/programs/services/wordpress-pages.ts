// The pages WordPress answers with before and after it is installed, trimmed: wp_die()'s error
// page ("Error establishing a database connection", status 500), the setup-config.php welcome
// (no wp-config.php), the install.php form and its "Success!", and a front page. Stylesheets
// and scripts are referenced, not inlined, as WordPress links them.

const DIE_STYLE = `\t<style type="text/css">
\t\thtml {
\t\t\tbackground: #f1f1f1;
\t\t}
\t\tbody {
\t\t\tbackground: #fff;
\t\t\tborder: 1px solid #ccd0d4;
\t\t\tcolor: #444;
\t\t\tfont-family: -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, Oxygen-Sans, Ubuntu, Cantarell, "Helvetica Neue", sans-serif;
\t\t\tmargin: 2em auto;
\t\t\tpadding: 1em 2em;
\t\t\tmax-width: 700px;
\t\t\t-webkit-box-shadow: 0 1px 1px rgba(0, 0, 0, .04);
\t\t\tbox-shadow: 0 1px 1px rgba(0, 0, 0, .04);
\t\t}
\t\th1 {
\t\t\tborder-bottom: 1px solid #dadada;
\t\t\tclear: both;
\t\t\tcolor: #666;
\t\t\tfont-size: 24px;
\t\t\tmargin: 30px 0 0 0;
\t\t\tpadding: 0;
\t\t\tpadding-bottom: 7px;
\t\t}
\t\t#error-page {
\t\t\tmargin-top: 50px;
\t\t}
\t\t#error-page p,
\t\t#error-page .wp-die-message {
\t\t\tfont-size: 14px;
\t\t\tline-height: 1.5;
\t\t\tmargin: 25px 0 20px;
\t\t}
\t\t#error-page code {
\t\t\tfont-family: Consolas, Monaco, monospace;
\t\t}
\t</style>
`;

/** _default_wp_die_handler's page. */
export function wpDiePage(title: string, message: string): string {
  return `<!DOCTYPE html>
<html lang="en-US">
<head>
\t<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
\t<meta name="viewport" content="width=device-width">
\t\t<meta name='robots' content='max-image-preview:large, noindex, follow' />
\t<title>${title}</title>
${DIE_STYLE}</head>
<body id="error-page">
\t<div class="wp-die-message">${message}</div></body>
</html>
\t`;
}

/** dead_db(): terse on the site, wpdb's full explanation while installing or in the admin. */
export function dbErrorPage(verbose: boolean, dbHost: string): string {
  if (!verbose) return wpDiePage('Database Error', '<h1>Error establishing a database connection</h1>');
  const msg = `<h1>Error establishing a database connection</h1>
<p>This either means that the username and password information in your <code>wp-config.php</code> file is incorrect or that contact with the database server at <code>${dbHost}</code> could not be established. This could mean your host&#8217;s database server is down.</p>
<ul>
<li>Are you sure you have the correct username and password?</li>
<li>Are you sure you have typed the correct hostname?</li>
<li>Are you sure the database server is running?</li>
</ul>
<p>If you are unsure what these terms mean you should probably contact your host. If you still need help you can always visit the <a href="https://wordpress.org/support/forums/">WordPress support forums</a>.</p>
`;
  return wpDiePage('WordPress &rsaquo; Error', msg);
}

function adminHead(base: string, title: string, version: string, bodyClass: string): string {
  return `<!DOCTYPE html>
<html lang="en-US">
<head>
\t<meta name="viewport" content="width=device-width" />
\t<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
\t<meta name="robots" content="noindex,nofollow" />
\t<title>${title}</title>
\t<link rel='stylesheet' id='dashicons-css' href='${base}/wp-includes/css/dashicons.min.css?ver=${version}' type='text/css' media='all' />
\t<link rel='stylesheet' id='buttons-css' href='${base}/wp-includes/css/buttons.min.css?ver=${version}' type='text/css' media='all' />
\t<link rel='stylesheet' id='forms-css' href='${base}/wp-admin/css/forms.min.css?ver=${version}' type='text/css' media='all' />
\t<link rel='stylesheet' id='l10n-css' href='${base}/wp-admin/css/l10n.min.css?ver=${version}' type='text/css' media='all' />
\t<link rel='stylesheet' id='install-css' href='${base}/wp-admin/css/install.min.css?ver=${version}' type='text/css' media='all' />
</head>
<body class="${bodyClass}">
<p id="logo">WordPress</p>
`;
}

const FIELDS: [string, string, string, string][] = [
  ['weblog_title', 'Site Title', 'text', ''],
  ['user_name', 'Username', 'text', '<p>Usernames can have only alphanumeric characters, spaces, underscores, hyphens, periods, and the @ symbol.</p>'],
  ['admin_password', 'Password', 'password', '<p><span class="description important hide-if-no-js"><strong>Important:</strong> You will need this password to log&nbsp;in. Please store it in a secure location.</span></p>'],
  ['admin_email', 'Your Email', 'email', '<p>Double-check your email address before continuing.</p>'],
];

/** wp-admin/install.php, step 1: the five-minute installation form. */
export function installPage(base: string, version: string): string {
  const rows = FIELDS.map(([name, label, type, help]) => `\t\t<tr>\n\t\t\t<th scope="row"><label for="${name}">${label}</label></th>\n\t\t\t<td><input name="${name}" type="${type}" id="${name}" size="25" value="" />${help}</td>\n\t\t</tr>\n`).join('');
  return `${adminHead(base, 'WordPress &rsaquo; Installation', version, 'wp-core-ui')}
<h1>Welcome</h1>
<p>Welcome to the famous five-minute WordPress installation process! Just fill in the information below and you&#8217;ll be on your way to using the most extendable and powerful personal publishing platform in the world.</p>

<h2>Information needed</h2>
<p>Please provide the following information. Do not worry, you can always change these settings later.</p>

<form id="setup" method="post" action="install.php?step=2" novalidate="novalidate">
\t<table class="form-table" role="presentation">
${rows}\t</table>
\t<p class="step"><input type="submit" name="Submit" id="submit" class="button button-large" value="Install WordPress"  /></p>
\t<input type="hidden" name="language" value="" />
</form>
</body>
</html>
`;
}

export function installSuccessPage(base: string, version: string, user: string): string {
  return `${adminHead(base, 'WordPress &rsaquo; Installation', version, 'wp-core-ui')}
<h1>Success!</h1>

<p>WordPress has been installed. Thank you, and enjoy!</p>

<table class="form-table install-success">
\t<tr>
\t\t<th>Username</th>
\t\t<td>${user}</td>
\t</tr>
</table>

<p class="step"><a href="${base}/wp-login.php" class="button button-large">Log In</a></p>

</body>
</html>
`;
}

export function alreadyInstalledPage(base: string, version: string): string {
  return `${adminHead(base, 'WordPress &rsaquo; Installation', version, 'wp-core-ui')}<h1>Already Installed</h1><p>You appear to have already installed WordPress. To reinstall please clear your old database tables first.</p><p class="step"><a href="${base}/wp-login.php">Log In</a></p></body></html>`;
}

/** setup-config.php without a wp-config.php: what you need to know before the wizard. */
export function setupConfigPage(base: string, version: string): string {
  return `${adminHead(base, 'WordPress &rsaquo; Setup Configuration File', version, 'wp-core-ui')}
<h1 class="screen-reader-text">Before getting started</h1>
<p>Welcome to WordPress. Before getting started, you will need to know the following items.</p>
<ol>
\t<li>Database name</li>
\t<li>Database username</li>
\t<li>Database password</li>
\t<li>Database host</li>
\t<li>Table prefix (if you want to run more than one WordPress in a single database)</li>
</ol>
<p class="step"><a href="setup-config.php?step=1" class="button button-large">Let&#8217;s go!</a></p>
</body>
</html>
`;
}

/** The front page of a fresh site (the default block theme, trimmed to its text). */
export function homePage(base: string, title: string, version: string): string {
  return `<!DOCTYPE html>
<html lang="en-US">
<head>
\t<meta charset="UTF-8" />
\t<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name='robots' content='max-image-preview:large' />
<title>${title}</title>
<meta name="generator" content="WordPress ${version}" />
</head>

<body class="home blog wp-embed-responsive">
<div class="wp-site-blocks"><header class="wp-block-template-part"><p class="wp-block-site-title"><a href="${base}" target="_self" rel="home" aria-current="page">${title}</a></p></header>
<main class="wp-block-group"><h2 class="wp-block-post-title"><a href="${base}/?p=1" target="_self" >Hello world!</a></h2>
<div class="entry-content wp-block-post-content"><p>Welcome to WordPress. This is your first post. Edit or delete it, then start writing!</p></div></main>
<footer class="wp-block-template-part"><p class="has-text-align-center">Designed with <a href="https://wordpress.org" rel="nofollow">WordPress</a></p></footer></div>
</body>
</html>
`;
}
