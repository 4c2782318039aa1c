// Portainer CE (the /portainer binary): zerolog console lines as it creates its database in
// /data, then the HTTPS server on 9443 (a self-signed certificate) and the legacy HTTP one on
// 9000 answering its web app and /api/status. Without /var/run/docker.sock it still starts;
// the local environment just cannot be managed.
import { httpDate } from '../../http/files.ts';
import type { HttpService } from '../../http/types.ts';
import type { ProgramContext } from '../types.ts';
import { catalogOf, exists, filesOf, jsonResponse, lines, running, tagVersion, textResponse, writeFiles } from './common.ts';
import type { ServiceModel } from './types.ts';

const API = 'github.com/portainer/portainer/api';

/** zerolog's console time: 2026/11/25 10:00AM. */
function consoleTime(ms: number): string {
  const d = new Date(ms);
  const h = d.getUTCHours() % 12 || 12;
  const p2 = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}/${p2(d.getUTCMonth() + 1)}/${p2(d.getUTCDate())} ${p2(h)}:${p2(d.getUTCMinutes())}${d.getUTCHours() < 12 ? 'AM' : 'PM'}`;
}

function start(ctx: ProgramContext) {
  const v = tagVersion(ctx.catalogImage, '2.33.5');
  const t = consoleTime(ctx.now);
  const fs = filesOf(ctx);
  const fresh = !exists(fs, '/data/portainer.db');
  writeFiles(fs, { '/data/portainer.db': '', '/data/certs/cert.pem': '', '/data/certs/key.pem': '' });
  return running('portainer', lines('stderr', [
    `${t} INF ${API}/cmd/portainer/main.go:369 > encryption key file not present | filename=portainer`,
    `${t} INF ${API}/cmd/portainer/main.go:392 > proceeding without encryption key |`,
    ...(fresh ? [`${t} INF ${API}/database/boltdb/db.go:137 > loading PortainerDB | filename=portainer.db`] : []),
    `${t} INF ${API}/cmd/portainer/main.go:625 > starting Portainer | build_number=${v.replace(/\./g, '')} go_version=go1.24.6 image_tag=${v} nodejs_version=20.19.4 version=${v} webpack_version=5.88.2 yarn_version=1.22.22`,
    `${t} INF ${API}/http/server.go:349 > starting HTTPS server | bind_address=:9443`,
    `${t} INF ${API}/http/server.go:365 > starting HTTP server | bind_address=:9000`,
  ]));
}

const http: HttpService = {
  listens: () => [9000, 9443, 8000],
  handle(ctx, req) {
    const path = req.target.split('?')[0];
    const date: [string, string] = ['Date', httpDate(ctx.now)];
    if (path === '/api/status' || path === '/api/system/status') {
      return jsonResponse(200, { Version: tagVersion(catalogOf(ctx.engine, ctx.container), '2.33.5'), InstanceID: ctx.container.id.slice(0, 8) }, [date]);
    }
    if (path === '/' || path === '/index.html') {
      return textResponse(200, '<!doctype html><html lang="en" ng-app="portainer" ng-strict-di data-edition="CE"><head><meta charset="utf-8"/><title>Portainer</title></head><body><div id="view" ui-view="content"></div></body></html>', [date, ['X-Content-Type-Options', 'nosniff'], ['X-Xss-Protection', '1; mode=block']], 'text/html; charset=utf-8');
    }
    return textResponse(404, '404 page not found\n', [date]);
  },
};

export const portainer: ServiceModel = {
  program: 'portainer',
  start,
  ports: () => [8000, 9000, 9443],
  http,
};
