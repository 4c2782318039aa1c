// Gitea in gitea/gitea: s6 supervises sshd (host keys generated in /data/ssh the first time) and
// `gitea web` (its log: the version, the app.ini it writes in /data/gitea/conf, where it
// listens). Until its web installer has run, HTTP on 3000 answers the installation page;
// /api/healthz answers for health checks. SSH is port 22.
import { httpDate } from '../../http/files.ts';
import type { HttpService } from '../../http/types.ts';
import type { ProgramContext } from '../types.ts';
import { exists, filesOf, jsonResponse, lines, running, tagVersion, textResponse, writeFiles } from './common.ts';
import type { ServiceModel } from './types.ts';

function goTime(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace('T', ' ').replace(/-/g, '/');
}

function start(ctx: ProgramContext) {
  const v = tagVersion(ctx.catalogImage, '1.24.2');
  const t = goTime(ctx.now);
  const fs = filesOf(ctx);
  const keys = exists(fs, '/data/ssh/ssh_host_ed25519_key') ? [] : ['ed25519', 'rsa', 'ecdsa'].map((k) => `Generating /data/ssh/ssh_host_${k}_key...`);
  writeFiles(fs, { '/data/ssh/ssh_host_ed25519_key': '', '/data/ssh/ssh_host_rsa_key': '', '/data/ssh/ssh_host_ecdsa_key': '', '/data/gitea/conf/app.ini': 'APP_NAME = Gitea: Git with a cup of tea\nRUN_MODE = prod\n[security]\nINSTALL_LOCK = false\n', '/data/git/repositories/': '' }, 1000);
  return running('gitea', lines('stdout', [
    ...keys,
    'Server listening on :: port 22.',
    'Server listening on 0.0.0.0 port 22.',
    `${t} cmd/web.go:261:runWeb() [I] Starting Gitea on PID: 17`,
    `${t} cmd/web.go:114:showWebStartupMessage() [I] Gitea version: ${v} built with GNU Make 4.4.1, go1.24.4 : bindata, timetzdata, sqlite, sqlite_unlock_notify`,
    `${t} cmd/web.go:115:showWebStartupMessage() [I] * RunMode: prod`,
    `${t} cmd/web.go:116:showWebStartupMessage() [I] * AppPath: /usr/local/bin/gitea`,
    `${t} cmd/web.go:117:showWebStartupMessage() [I] * WorkPath: /data/gitea`,
    `${t} cmd/web.go:118:showWebStartupMessage() [I] * CustomPath: /data/gitea`,
    `${t} cmd/web.go:119:showWebStartupMessage() [I] * ConfigFile: /data/gitea/conf/app.ini`,
    `${t} cmd/web.go:120:showWebStartupMessage() [I] Prepare to run install page`,
    `${t} cmd/web.go:323:listen() [I] Listen: http://0.0.0.0:3000`,
    `${t} cmd/web.go:327:listen() [I] AppURL(ROOT_URL): http://localhost:3000/`,
  ]));
}

const http: HttpService = {
  listens: () => [3000],
  handle(ctx, req) {
    const path = req.target.split('?')[0];
    const date: [string, string] = ['Date', httpDate(ctx.now)];
    if (path === '/api/healthz') {
      const time = new Date(ctx.now).toISOString().replace(/\.\d+Z$/, 'Z');
      return jsonResponse(200, { status: 'pass', description: 'Gitea: Git with a cup of tea', checks: { 'cache:ping': [{ status: 'pass', time }], 'database:ping': [{ status: 'pass', time }] } }, [['Cache-Control', 'no-store'], date]);
    }
    if (path === '/') return textResponse(200, '<!DOCTYPE html>\n<html lang="en-US" data-theme="gitea-auto">\n<head>\n\t<meta name="viewport" content="width=device-width, initial-scale=1">\n\t<title>Installation - Gitea: Git with a cup of tea</title>\n</head>\n<body>\n\t<div role="main" aria-label="Installation" class="page-content install">\n\t\t<h3 class="ui top attached header">Initial Configuration</h3>\n\t</div>\n</body>\n</html>\n', [['Cache-Control', 'max-age=0, private, must-revalidate, no-transform'], date, ['X-Frame-Options', 'SAMEORIGIN']], 'text/html; charset=utf-8');
    return textResponse(404, 'Not found.\n', [date]);
  },
};

export const gitea: ServiceModel = {
  program: 'gitea',
  start,
  ports: () => [22, 3000],
  http,
};
