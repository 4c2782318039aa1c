// Registries beyond the catalog, as the core sees them: the repositories learners pushed to the
// simulated Docker Hub and the registry containers they run (the `registry` image, whose server
// is a service model). The client code (engine/registry/) is loaded on first use: the CLI awaits
// prepareRegistries before a docker command, which loads it once the world has pushed images or
// a registry runs, so a pull (synchronous in the engine) finds it ready.
import { DaemonError } from '../errors/daemon-error.ts';
import { ensureAllRepos } from './catalog/index.ts';
import type { Engine } from './engine.ts';
import { hostHttpRequest } from './http/route.ts';
import type { Ref } from './refs.ts';
import type { ImageRecord } from './state.ts';

type RegistryModule = typeof import('./registry/index.ts');

let loaded: RegistryModule | undefined;

/** The registry code, loading it if needed. */
export async function loadRegistries(): Promise<RegistryModule> {
  // The registry code reads every catalog repository (search, namespaces, a pushed image's origin).
  if (!loaded) await ensureAllRepos();
  loaded ??= await import('./registry/index.ts');
  return loaded;
}

/** The program name of the registry image's server (`registry serve config.yml`). */
export const REGISTRY_PROGRAM = 'registry';

function needed(engine: Engine): boolean {
  if (engine.state.registries) return true;
  return Object.values(engine.state.containers).some((c) => c.process?.program === REGISTRY_PROGRAM && c.state.status !== 'exited');
}

/** Load the registry code when the world needs it (pushed images, a running registry). */
export async function prepareRegistries(engine: Engine): Promise<void> {
  if (!loaded && needed(engine)) await loadRegistries();
}

/** A registry on the host itself (`localhost:5000`): the daemon reaches it through the published ports. */
export function isLocalRegistry(domain: string): boolean {
  return /^(localhost|127(\.\d+){3}|\[::1\])(:\d+)?$/.test(domain);
}

function unreachable(ref: Ref, message: string): DaemonError {
  const url = `https://${ref.domain}/v2/${ref.path}/manifests/${ref.digest ?? ref.tag ?? 'latest'}`;
  return new DaemonError('unavailable', `failed to resolve reference "${ref.full}": failed to do request: Head "${url}": ${message}`);
}

/** The daemon's dial error for a failed connection to a local registry (Go's net error text). */
export function dialError(domain: string, kind: string): string {
  const port = /:(\d+)$/.exec(domain)?.[1] ?? '443';
  const host = domain.replace(/:\d+$/, '');
  const ip = host === 'localhost' || host === '[::1]' ? '[::1]' : host;
  return kind === 'reset' ? 'EOF' : `dial tcp ${ip}:${port}: connect: connection refused`;
}

/**
 * A pull of an image learners pushed: the image to create, undefined when the catalog is the
 * source (or the registry's error). Before the registry code is loaded nothing was pushed to the
 * Hub and no registry runs, so only a local registry's address needs an answer here.
 */
export function pushedImageFor(engine: Engine, ref: Ref): ImageRecord | undefined {
  if (loaded) return loaded.resolvePushed(engine, ref);
  if (!isLocalRegistry(ref.domain)) return undefined;
  const out = hostHttpRequest(engine, `http://${ref.domain}/v2/${ref.path}/manifests/${ref.digest ?? ref.tag ?? 'latest'}`, { method: 'HEAD' });
  if (!out.ok) throw unreachable(ref, dialError(ref.domain, out.kind));
  throw new DaemonError('notFound', `failed to resolve reference "${ref.full}": ${ref.full}: not found`);
}

/** Every tag of a pushed repository (`docker pull -a`), or undefined for the catalog's. */
export function pushedTagsFor(engine: Engine, ref: Ref): string[] | undefined {
  return loaded?.pushedTags(engine, ref);
}
