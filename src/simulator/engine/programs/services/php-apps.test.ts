// WordPress and Nextcloud on the php:apache model through the public API: what their
// entrypoints print and copy, WordPress finding (or not) its database by name on a network,
// the installer and the site after it, Apache's combined access log and graceful stop.
import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../index.ts';

let now = Date.UTC(2026, 10, 25, 10, 0, 0);
const sim = createSimulator({ seed: 1, clock: () => now });
const run = (line: string) => {
  now += 1000;
  return sim.run(line);
};

describe('php:apache applications', () => {
  it('wordpress without WORDPRESS_* variables has no wp-config.php: it sends the setup wizard', async () => {
    await run('docker pull -q wordpress');
    await run('docker pull -q mariadb');
    await run('docker network create site');
    expect(await run('docker run -d --name wp0 -p 8081:80 wordpress')).toEqual({ stdout: '1ac7259cf6d20faefe23ac0ddf83bd7652b215a875b2ae1bedbf6cf4d40f7547\n', stderr: '', exitCode: 0 });
    expect(await run('docker logs wp0')).toEqual({ stdout: '', stderr: 'WordPress not found in /var/www/html - copying now...\nComplete! WordPress has been successfully copied to /var/www/html\nAH00558: apache2: Could not reliably determine the server\'s fully qualified domain name, using 172.17.0.2. Set the \'ServerName\' directive globally to suppress this message\nAH00558: apache2: Could not reliably determine the server\'s fully qualified domain name, using 172.17.0.2. Set the \'ServerName\' directive globally to suppress this message\n[Wed Nov 25 10:00:32.921000 2026] [mpm_prefork:notice] [pid 1] AH00163: Apache/2.4.66 (Debian) PHP/8.3.33 configured -- resuming normal operations\n[Wed Nov 25 10:00:32.921000 2026] [core:notice] [pid 1] AH00094: Command line: \'apache2 -D FOREGROUND\'\n', exitCode: 0 });
    expect(await run('curl -i localhost:8081')).toEqual({ stdout: 'HTTP/1.1 302 Found\r\nDate: Wed, 25 Nov 2026 10:00:34 GMT\r\nServer: Apache/2.4.66 (Debian)\r\nX-Powered-By: PHP/8.3.33\r\nLocation: http://localhost:8081/wp-admin/setup-config.php\r\nContent-Length: 0\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n', stderr: '', exitCode: 0 });
    expect(await run('curl -s localhost:8081/wp-admin/setup-config.php | grep \'<li>\'')).toEqual({ stdout: '\t<li>Database name</li>\n\t<li>Database username</li>\n\t<li>Database password</li>\n\t<li>Database host</li>\n\t<li>Table prefix (if you want to run more than one WordPress in a single database)</li>\n', stderr: '', exitCode: 0 });
  });
  it('wordpress with a database by name: 500 until it is there, then the installer, then the site', async () => {
    expect(await run('docker run -d --name wp --network site -p 8080:80 -e WORDPRESS_DB_HOST=db -e WORDPRESS_DB_USER=wp -e WORDPRESS_DB_PASSWORD=pw -e WORDPRESS_DB_NAME=wp wordpress')).toEqual({ stdout: 'c740c24f9167da9b50a68a245be4e7402d9e007c07e66b38987ab951e495d977\n', stderr: '', exitCode: 0 });
    expect(await run('curl -si localhost:8080 | head -1')).toEqual({ stdout: 'HTTP/1.1 500 Internal Server Error\r\n', stderr: '', exitCode: 0 });
    expect(await run('curl -s localhost:8080/wp-admin/install.php | grep \'<h1>\\|<title>\'')).toEqual({ stdout: '\t<title>WordPress &rsaquo; Error</title>\n\t<div class=\"wp-die-message\"><h1>Error establishing a database connection</h1>\n', stderr: '', exitCode: 0 });
    await run('docker run -d --name db --network site -e MARIADB_ROOT_PASSWORD=r -e MARIADB_DATABASE=wp -e MARIADB_USER=wp -e MARIADB_PASSWORD=pw mariadb');
    expect(await run('curl -si localhost:8080 | grep \'HTTP/\\|Location\'')).toEqual({ stdout: 'HTTP/1.1 302 Found\r\nLocation: http://localhost:8080/wp-admin/install.php\r\n', stderr: '', exitCode: 0 });
    expect(await run('curl -s localhost:8080/wp-admin/install.php | grep \'<h1>\'')).toEqual({ stdout: '<h1>Welcome</h1>\n', stderr: '', exitCode: 0 });
    expect(await run('curl -s -d \"weblog_title=Harbour+News&user_name=admin&admin_password=s3cret&admin_email=a@example.com\" \"localhost:8080/wp-admin/install.php?step=2\" | grep \'<h1>\\|<td>\'')).toEqual({ stdout: '<h1>Success!</h1>\n\t\t<td>admin</td>\n', stderr: '', exitCode: 0 });
    expect(await run('curl -s localhost:8080 | grep \'<title>\'')).toEqual({ stdout: '<title>Harbour News</title>\n', stderr: '', exitCode: 0 });
    expect(await run('curl -s localhost:8080/wp-admin/install.php | grep \'<h1>\'')).toEqual({ stdout: '<h1>Already Installed</h1><p>You appear to have already installed WordPress. To reinstall please clear your old database tables first.</p><p class=\"step\"><a href=\"http://localhost:8080/wp-login.php\">Log In</a></p></body></html>\n', stderr: '', exitCode: 0 });
    expect(await run('docker logs wp 2>/dev/null')).toEqual({ stdout: '172.18.0.1 - - [25/Nov/2026:10:00:37 +0000] \"GET / HTTP/1.1\" 500 1550 \"-\" \"curl/8.14.1\"\n172.18.0.1 - - [25/Nov/2026:10:00:38 +0000] \"GET /wp-admin/install.php HTTP/1.1\" 500 2229 \"-\" \"curl/8.14.1\"\n172.18.0.1 - - [25/Nov/2026:10:00:40 +0000] \"GET / HTTP/1.1\" 302 256 \"-\" \"curl/8.14.1\"\n172.18.0.1 - - [25/Nov/2026:10:00:41 +0000] \"GET /wp-admin/install.php HTTP/1.1\" 200 2964 \"-\" \"curl/8.14.1\"\n172.18.0.1 - - [25/Nov/2026:10:00:42 +0000] \"POST /wp-admin/install.php?step=2 HTTP/1.1\" 200 1509 \"-\" \"curl/8.14.1\"\n172.18.0.1 - - [25/Nov/2026:10:00:43 +0000] \"GET / HTTP/1.1\" 200 1187 \"-\" \"curl/8.14.1\"\n172.18.0.1 - - [25/Nov/2026:10:00:44 +0000] \"GET /wp-admin/install.php HTTP/1.1\" 200 1432 \"-\" \"curl/8.14.1\"\n', stderr: '', exitCode: 0 });
  });
  it('stopping apache2-foreground (STOPSIGNAL SIGWINCH) shuts it down gracefully', async () => {
    await run('docker stop wp');
    expect(await run('docker logs -n 1 wp')).toEqual({ stdout: '', stderr: '[Wed Nov 25 10:00:46.921000 2026] [mpm_prefork:notice] [pid 1] AH00170: caught SIGWINCH, shutting down gracefully\n', exitCode: 0 });
  });
  it('nextcloud\'s entrypoint prepares a new instance; its installer and status.php answer', async () => {
    await run('docker pull -q nextcloud');
    await run('docker run -d --name nc -p 8082:80 nextcloud');
    expect(await run('docker logs nc 2>/dev/null')).toEqual({ stdout: '=> Configuring PHP session handler...\n==> Using default PHP session handler\nInitializing nextcloud 34.0.3.2 ...\nNew nextcloud instance\nNext step: Access your instance to finish the web-based installation!\nHint: You can specify NEXTCLOUD_ADMIN_USER and NEXTCLOUD_ADMIN_PASSWORD and the database variables _prior to first launch_ to fully automate initial installation.\nInitializing finished\n', stderr: '', exitCode: 0 });
    expect(await run('curl -s localhost:8082/status.php')).toEqual({ stdout: '{\"installed\":false,\"maintenance\":false,\"needsDbUpgrade\":false,\"version\":\"34.0.3.2\",\"versionstring\":\"34.0.3\",\"edition\":\"\",\"productname\":\"Nextcloud\",\"extendedSupport\":false}', stderr: '', exitCode: 0 });
    expect(await run('curl -s localhost:8082 | grep \'<title>\'')).toEqual({ stdout: '\t\t<title>Nextcloud</title>\n', stderr: '', exitCode: 0 });
  });
  it('nextcloud installs itself with an admin user and SQLite', async () => {
    await run('docker run -d --name nc2 -p 8083:80 -e NEXTCLOUD_ADMIN_USER=admin -e NEXTCLOUD_ADMIN_PASSWORD=pw -e SQLITE_DATABASE=nc -e NEXTCLOUD_TRUSTED_DOMAINS=\"localhost cloud.example.com\" nextcloud');
    expect(await run('docker logs nc2 2>/dev/null')).toEqual({ stdout: '=> Configuring PHP session handler...\n==> Using default PHP session handler\nInitializing nextcloud 34.0.3.2 ...\nNew nextcloud instance\nInstalling with SQLite database\nStarting nextcloud installation\nNextcloud was successfully installed\nSetting trusted domains…\nSystem config value trusted_domains => 1 set to string localhost\nSystem config value trusted_domains => 2 set to string cloud.example.com\nInitializing finished\n', stderr: '', exitCode: 0 });
    expect(await run('curl -si localhost:8083 | grep \'HTTP/\\|Location\'')).toEqual({ stdout: 'HTTP/1.1 302 Found\r\nLocation: http://localhost:8083/login\r\n', stderr: '', exitCode: 0 });
  });
});
