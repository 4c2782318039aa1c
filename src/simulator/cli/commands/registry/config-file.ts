// The CLI's config file (~/.docker/config.json, or $DOCKER_CONFIG/config.json) as docker/cli's
// configfile and file credential store use it: `auths` maps a registry key (Docker Hub's is
// https://index.docker.io/v1/, others their host[:port]) to base64("user:password"); it is
// written with tab indentation (json.MarshalIndent), mode 0600 in a 0700 directory, and only
// when a credential changed. Keys written by old clients with a scheme still match by hostname.
import { convertToHostname, INDEX_SERVER } from '../../../engine/registry/auth.ts';
import type { Vfs } from '../../../fs/types.ts';
import { base64Decode, base64Encode } from '../../../util/base64.ts';
import type { CommandContext } from '../../command.ts';
import { DEFAULT_CONFIG_DIR } from '../../root.ts';

export { convertToHostname, INDEX_SERVER };

export interface Credentials {
  username: string;
  password: string;
}

/** ConfigFile's fields in the order Go marshals them (auths first). */
const FIELD_ORDER = ['auths', 'HttpHeaders', 'psFormat', 'imagesFormat', 'networksFormat', 'pluginsFormat', 'volumesFormat', 'statsFormat', 'detachKeys', 'credsStore', 'credHelpers', 'serviceInspectFormat', 'servicesFormat', 'tasksFormat', 'secretFormat', 'configFormat', 'nodesFormat', 'pruneFilters', 'proxies', 'currentContext', 'cliPluginsExtraDirs', 'plugins', 'aliases', 'features'];

export class ConfigFile {
  readonly filename: string;
  private readonly fs: Vfs;
  private doc: Record<string, unknown>;

  constructor(fs: Vfs, dir: string) {
    this.fs = fs;
    this.filename = `${dir}/config.json`;
    let doc: unknown;
    try {
      doc = JSON.parse(fs.readFile(this.filename));
    } catch {
      doc = {};
    }
    this.doc = doc && typeof doc === 'object' ? (doc as Record<string, unknown>) : {};
  }

  private get auths(): Record<string, { auth?: string }> {
    const a = this.doc.auths;
    if (!a || typeof a !== 'object') this.doc.auths = {};
    return this.doc.auths as Record<string, { auth?: string }>;
  }

  /** The stored credentials for a key (exact, or a legacy key with the same hostname). */
  get(key: string): Credentials | undefined {
    const entry = this.auths[key] ?? Object.entries(this.auths).find(([k]) => convertToHostname(k) === key)?.[1];
    const decoded = entry?.auth ? base64Decode(entry.auth) : undefined;
    const i = decoded?.indexOf(':') ?? -1;
    if (!decoded || i <= 0) return undefined;
    return { username: decoded.slice(0, i), password: decoded.slice(i + 1) };
  }

  /** The file store's Store: false when nothing changed (and nothing was written). */
  store(key: string, creds: Credentials): boolean {
    const auth = base64Encode(`${creds.username}:${creds.password}`);
    if (this.auths[key]?.auth === auth) return false;
    this.auths[key] = { auth };
    this.save();
    return true;
  }

  /** The file store's Erase: writes only when the key was there. */
  erase(key: string): void {
    if (!Object.hasOwn(this.auths, key)) return;
    delete this.auths[key];
    this.save();
  }

  private save(): void {
    const sortedAuths = Object.fromEntries(Object.keys(this.auths).sort().map((k) => [k, this.auths[k]]));
    const out: Record<string, unknown> = { auths: sortedAuths };
    for (const k of FIELD_ORDER.slice(1)) if (this.doc[k] !== undefined && this.doc[k] !== '') out[k] = this.doc[k];
    const dir = this.filename.slice(0, this.filename.lastIndexOf('/'));
    if (!this.fs.exists(dir)) this.fs.mkdir(dir, { recursive: true, mode: 0o700 });
    const fresh = !this.fs.exists(this.filename);
    this.fs.writeFile(this.filename, JSON.stringify(out, null, '\t'), { mode: 0o600 });
    if (fresh) this.fs.chmod(this.filename, 0o600);
  }
}

/** config.Dir(): $DOCKER_CONFIG, else ~/.docker; undefined without host files (no session). */
export function loadConfigFile(ctx: CommandContext): ConfigFile | undefined {
  const host = ctx.host.hostFs?.();
  if (!host) return undefined;
  return new ConfigFile(host.fs, ctx.env.DOCKER_CONFIG || DEFAULT_CONFIG_DIR);
}

/** GetAuthConfig's key for a registry domain: Docker Hub's index server, else the host. */
export function authKey(domain: string): string {
  return domain === 'docker.io' || domain === 'index.docker.io' ? INDEX_SERVER : domain;
}
