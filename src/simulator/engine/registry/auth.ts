// POST /auth, the daemon's registry login (daemon/pkg/registry/auth.go loginV2): Docker Hub checks
// the account (hub.ts), a registry on the host is asked GET /v2/ (one without authentication
// answers 200, which is a successful login). Failures are the daemon's errors: Go's url.Error
// texts ("Get \"https://registry-1.docker.io/v2/\": unauthorized: incorrect username or password").
import { DaemonError } from '../../errors/daemon-error.ts';
import type { Engine } from '../engine.ts';
import { isLocalRegistry } from '../registries.ts';
import { hubLogin } from './hub.ts';
import { RegistryClient } from './local-client.ts';

/** registry.IndexServer: the key Docker Hub's credentials are stored under. */
export const INDEX_SERVER = 'https://index.docker.io/v1/';

export interface LoginRequest {
  username: string;
  password: string;
  serverAddress: string;
}

/** credentials.ConvertToHostname: 'https://host:port/path' -> 'host:port'. */
export function convertToHostname(address: string): string {
  const stripped = address.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
  return stripped.split('/')[0];
}

function localLogin(engine: Engine, host: string): void {
  const r = new RegistryClient(engine, host).request('GET', '');
  const url = `http://${host}/v2/`;
  if (!r.ok) throw new DaemonError('unavailable', r.error.replace(/^failed to do request: Get "https:\/\/[^"]*"/, `Get "${url}"`));
  if (r.res.status !== 200) throw new DaemonError('system', `login attempt to ${url} failed with status: ${r.res.status} ${r.res.reason}`);
}

/** The daemon's answer to a login: its status text, or the error. */
export function registryLogin(engine: Engine, req: LoginRequest): string {
  const host = req.serverAddress === INDEX_SERVER ? 'index.docker.io' : convertToHostname(req.serverAddress);
  if (host === 'index.docker.io' || host === 'docker.io' || host === 'registry-1.docker.io') {
    if (!hubLogin(engine, req.username, req.password)) {
      throw new DaemonError('unauthorized', 'Get "https://registry-1.docker.io/v2/": unauthorized: incorrect username or password');
    }
  } else if (isLocalRegistry(host)) {
    localLogin(engine, host);
  } else {
    const name = host.replace(/:\d+$/, '');
    throw new DaemonError('unavailable', `Get "https://${host}/v2/": dial tcp: lookup ${name} on 127.0.0.53:53: no such host`);
  }
  engine.emit('login');
  return 'Login Succeeded';
}
