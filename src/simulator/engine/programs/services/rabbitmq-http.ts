// RabbitMQ's HTTP listeners: the management plugin on 15672 (its single-page app's index.html,
// which draws the login form in the browser, and the HTTP API behind Basic authentication:
// /api/overview, /api/whoami, /api/healthchecks/node) and Prometheus metrics on 15692.
import type { HttpRequest, HttpResponse, HttpService, HttpServiceContext } from '../../http/types.ts';
import { httpDate } from '../../http/files.ts';
import type { Engine } from '../../engine.ts';
import type { ContainerRecord } from '../../state.ts';
import { catalogOf, containerEnv, fromBase64, jsonResponse, textResponse } from './common.ts';

/** Whether the image has the management plugin (the -management tags expose 15672). */
export function hasManagement(engine: Engine, c: ContainerRecord): boolean {
  return Object.keys(catalogOf(engine, c)?.config.ExposedPorts ?? {}).includes('15672/tcp');
}

export function rabbitUser(env: Record<string, string>): { user: string; pass: string } {
  return { user: env.RABBITMQ_DEFAULT_USER || 'guest', pass: env.RABBITMQ_DEFAULT_PASS || 'guest' };
}

const INDEX = `<!DOCTYPE html>
<html>
  <head>
    <meta http-equiv="X-UA-Compatible" content="IE=edge" />
    <title>RabbitMQ Management</title>
    <script src="js/ejs-1.0.min.js" type="text/javascript"></script>
    <script src="js/jquery-3.5.1.min.js"></script>
    <script src="js/sammy-0.7.6.min.js" type="text/javascript"></script>
    <script src="js/json2-2016.10.28.js" type="text/javascript"></script>
    <script src="js/base64.js" type="text/javascript"></script>
    <script src="js/global.js" type="text/javascript"></script>
    <script src="js/main.js" type="text/javascript"></script>
    <script src="js/prefs.js" type="text/javascript"></script>
    <script src="js/formatters.js" type="text/javascript"></script>
    <script src="js/charts.js" type="text/javascript"></script>
    <link href="css/main.css" rel="stylesheet" type="text/css"/>
    <link href="favicon.ico" rel="shortcut icon" type="image/x-icon"/>
  </head>
  <body>
    <div id="outer"></div>
    <div id="debug"></div>
    <div id="scratch"></div>
  </body>
</html>
`;

function headers(ctx: HttpServiceContext): [string, string][] {
  return [['date', httpDate(ctx.now)], ['server', 'Cowboy'], ['vary', 'accept, accept-encoding, origin']];
}

function authorised(ctx: HttpServiceContext, req: HttpRequest): string | undefined {
  const auth = req.headers.find(([k]) => k.toLowerCase() === 'authorization')?.[1] ?? '';
  const m = /^Basic\s+(.+)$/i.exec(auth);
  if (!m) return undefined;
  const [user, pass] = fromBase64(m[1]).split(/:(.*)/s);
  const want = rabbitUser(containerEnv(ctx.container));
  return user === want.user && pass === want.pass ? user : undefined;
}

function api(ctx: HttpServiceContext, req: HttpRequest, path: string): HttpResponse {
  const user = authorised(ctx, req);
  if (!user) return jsonResponse(401, { error: 'not_authorized', reason: 'Not_Authorized' }, [...headers(ctx), ['www-authenticate', 'Basic realm="RabbitMQ Management"']]);
  const env = containerEnv(ctx.container);
  const v = env.RABBITMQ_VERSION ?? '4.3.5';
  const node = `rabbit@${ctx.container.config.Hostname}`;
  if (path === '/api/whoami') return jsonResponse(200, { name: user, tags: ['administrator'], is_internal_user: true }, headers(ctx));
  if (path === '/api/healthchecks/node' || path === '/api/health/checks/alarms') return jsonResponse(200, { status: 'ok' }, headers(ctx));
  if (path === '/api/overview') {
    return jsonResponse(200, { management_version: v, rates_mode: 'basic', product_version: v, product_name: 'RabbitMQ', rabbitmq_version: v, cluster_name: node, erlang_version: env.OTP_VERSION ?? '27.3.4', node, listeners: [{ node, protocol: 'amqp', ip_address: '::', port: 5672 }, { node, protocol: 'http', ip_address: '::', port: 15672 }] }, headers(ctx));
  }
  return jsonResponse(404, { error: 'Object Not Found', reason: 'Not Found' }, headers(ctx));
}

export const rabbitHttp: HttpService = {
  listens: (engine, c) => [15692, ...(hasManagement(engine, c) ? [15672] : [])],
  handle(ctx, req) {
    const path = req.target.split('?')[0];
    if (ctx.port === 15692) {
      if (path !== '/metrics') return textResponse(404, '', headers(ctx));
      return textResponse(200, '# TYPE rabbitmq_build_info untyped\n# HELP rabbitmq_build_info RabbitMQ & Erlang/OTP version info\nrabbitmq_build_info{rabbitmq_version="' + (containerEnv(ctx.container).RABBITMQ_VERSION ?? '4.3.5') + '"} 1\n', headers(ctx), 'text/plain; version=0.0.4');
    }
    if (path.startsWith('/api/')) return api(ctx, req, path);
    if (path === '/' || path === '/index.html') return textResponse(200, INDEX, headers(ctx), 'text/html');
    return textResponse(404, '', headers(ctx));
  },
};
