// Programs of the images' own runtimes that a container's shell can run beyond the shell's
// commands: what they print for their version (from the image's *_VERSION variables, as the
// official images set them), and REPLs that end at once when their stdin is not a terminal.
// Anything else they do is not simulated; the shell then says so.
import type { ExternalRequest } from '../shell/context.ts';

type Handler = (req: ExternalRequest) => number | undefined;

function out(req: ExternalRequest, text: string, stream: 'stdout' | 'stderr' = 'stdout'): number {
  (stream === 'stdout' ? req.io.stdout : req.io.stderr).write(text);
  return 0;
}

const isVersion = (a: string | undefined, ...flags: string[]) => a !== undefined && ['--version', ...flags].includes(a);

/** A REPL with nothing to read: it ends as soon as it starts (stdin at end of file). */
function repl(req: ExternalRequest): number | undefined {
  return req.argv.length === 1 && !req.io.tty ? 0 : undefined;
}

const HANDLERS: Record<string, Handler> = {
  node: (req) => (isVersion(req.argv[1], '-v') ? out(req, `v${req.env.NODE_VERSION ?? '26.7.0'}\n`) : repl(req)),
  python3: (req) => (isVersion(req.argv[1], '-V') ? out(req, `Python ${req.env.PYTHON_VERSION ?? '3.14.7'}\n`) : repl(req)),
  nginx: (req) => {
    const v = req.env.NGINX_VERSION ?? '1.31.4';
    if (req.argv[1] === '-v') return out(req, `nginx version: nginx/${v}\n`, 'stderr');
    if (req.argv[1] === '-t') {
      return out(req, 'nginx: the configuration file /etc/nginx/nginx.conf syntax is ok\nnginx: configuration file /etc/nginx/nginx.conf test is successful\n', 'stderr');
    }
    return undefined;
  },
  go: (req) => (req.argv[1] === 'version' ? out(req, `go version go${req.env.GOLANG_VERSION ?? '1.27.0'} linux/amd64\n`) : undefined),
  'redis-cli': (req) => (isVersion(req.argv[1], '-v') ? out(req, `redis-cli ${req.env.REDIS_VERSION ?? '8.10.1'}\n`) : undefined),
  'redis-server': (req) => {
    if (!isVersion(req.argv[1], '-v')) return undefined;
    return out(req, `Redis server v=${req.env.REDIS_VERSION ?? '8.10.1'} sha=00000000:1 malloc=jemalloc-5.3.0 bits=64 build=b5c1ee4fa07d3c2e\n`);
  },
  postgres: (req) => {
    if (!isVersion(req.argv[1], '-V')) return undefined;
    const pkg = req.env.PG_VERSION ?? '18.6-1.pgdg13+2';
    const [v] = pkg.split('-');
    return out(req, `postgres (PostgreSQL) ${v}${v === pkg ? '' : ` (Debian ${pkg})`}\n`);
  },
  psql: (req) => {
    if (!isVersion(req.argv[1], '-V')) return undefined;
    const pkg = req.env.PG_VERSION ?? '18.6-1.pgdg13+2';
    return out(req, `psql (PostgreSQL) ${pkg.split('-')[0]} (Debian ${pkg})\n`);
  },
};
HANDLERS.python = HANDLERS.python3;

/** The shell's `external` hook inside a container. */
export function runtimeProgram(req: ExternalRequest): number | undefined {
  const handler = Object.hasOwn(HANDLERS, req.name) ? HANDLERS[req.name] : undefined;
  return handler?.(req);
}
