// The daemon talking to a registry on the host (`localhost:5000`) as its containerd resolver does:
// plain HTTP through the published port to whatever listens behind it (the registry container,
// which logs each request), with the daemon's User-Agent. Failures come back as Go's dial errors
// on the https:// URL the daemon tries first (a localhost registry is an insecure one, tried over
// TLS and then plain HTTP; a refused connection never gets to the fallback).
import { CONTAINERD_VERSION, ENGINE_COMMIT, ENGINE_VERSION, GO_VERSION, HOST } from '../daemon-version.ts';
import type { Engine } from '../engine.ts';
import { hostHttpRequest } from '../http/route.ts';
import type { HttpResponse } from '../http/types.ts';
import { dialError } from '../registries.ts';

export const DAEMON_USER_AGENT =
  `docker/${ENGINE_VERSION} go/${GO_VERSION} git-commit/${ENGINE_COMMIT} kernel/${HOST.kernel} os/linux arch/amd64 ` +
  `containerd-client/${CONTAINERD_VERSION.replace(/^v/, '')} storage-driver/overlayfs UpstreamClient(Docker-Client/${ENGINE_VERSION} \\(linux\\))`;

export type Reply = { ok: true; res: HttpResponse } | { ok: false; error: string };

export class RegistryClient {
  private readonly engine: Engine;
  readonly domain: string;

  constructor(engine: Engine, domain: string) {
    this.engine = engine;
    this.domain = domain;
  }

  /** One request to `/v2/<path>`; a failed connection is the daemon's `failed to do request` text. */
  request(method: string, path: string, opts: { headers?: Record<string, string>; body?: string } = {}): Reply {
    const url = `http://${this.domain}/v2/${path}`;
    const headers = { 'User-Agent': DAEMON_USER_AGENT, ...opts.headers };
    const out = hostHttpRequest(this.engine, url, { method, headers, body: opts.body });
    if (out.ok) return { ok: true, res: out.response };
    const verb = method[0] + method.slice(1).toLowerCase();
    return { ok: false, error: `failed to do request: ${verb} "https://${this.domain}/v2/${path}": ${dialError(this.domain, out.kind)}` };
  }
}

export function header(res: HttpResponse, name: string): string | undefined {
  return res.headers.find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1];
}
