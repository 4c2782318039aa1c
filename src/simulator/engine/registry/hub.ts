// The simulated Docker Hub's side of logins and pushes (WorldState.registries). The account
// model, documented for lessons: a Docker ID (4 to 30 lower-case letters and digits) logs in
// with any non-empty password the first time, which creates the account with that password;
// later logins need the same password, else Docker Hub's "incorrect username or password". The
// namespaces of the catalog's organisations (library, grafana, prom ...) are accounts nobody here
// knows the password of. Pushed repositories are public: anyone can pull them.
import { allRepos } from '../catalog/index.ts';
import type { Engine } from '../engine.ts';
import { sha256Digest } from '../../util/sha256.ts';
import type { HubRepo, PushedImage, RegistriesState } from './types.ts';

export function registries(engine: Engine): RegistriesState {
  return (engine.state.registries ??= { accounts: {}, hub: {}, sources: {} });
}

/** Namespaces that exist on the Hub already: the official images' and the catalog's organisations. */
function takenNamespaces(): Set<string> {
  const names = allRepos().filter((r) => !r.name.includes('.')).map((r) => (r.name.includes('/') ? r.name.split('/')[0] : 'library'));
  return new Set(['library', 'docker', ...names]);
}

const hash = (username: string, password: string) => sha256Digest(`hub-account:${username}:${password}`);

/** Checks a Docker Hub login; creates the account on its first login. */
export function hubLogin(engine: Engine, username: string, password: string): boolean {
  const name = username.toLowerCase();
  if (!/^[a-z0-9]{4,30}$/.test(name) || password === '' || takenNamespaces().has(name)) return false;
  const state = registries(engine);
  const account = state.accounts[name];
  if (!account) {
    state.accounts[name] = { passwordHash: hash(name, password), created: engine.now() };
    return true;
  }
  return account.passwordHash === hash(name, password);
}

/** Whether stored credentials are an account's (without creating one). */
export function hubCredentialsValid(engine: Engine, username: string, password: string): boolean {
  const account = engine.state.registries?.accounts[username.toLowerCase()];
  return !!account && account.passwordHash === hash(username.toLowerCase(), password);
}

export function hubRepo(engine: Engine, path: string): HubRepo | undefined {
  return engine.state.registries?.hub[path];
}

/** Whether the repository has the blob (a layer or config of one of its manifests). */
export function hubHasBlob(repo: HubRepo | undefined, digest: string): boolean {
  return !!repo && Object.values(repo.manifests).some((m) => m.layers.some((l) => l.digest === digest));
}

export function hubPut(engine: Engine, path: string, tag: string, image: PushedImage): void {
  const state = registries(engine);
  const repo = (state.hub[path] ??= { tags: {}, manifests: {}, lastPushed: 0 });
  repo.manifests[image.digest] = image;
  repo.tags[tag] = image.digest;
  repo.lastPushed = engine.now();
}

/** Record that a blob now is in `repo` ('docker.io/me/app'): later pushes may mount it from there. */
export function addSource(engine: Engine, digest: string, repo: string): void {
  const sources = registries(engine).sources;
  const list = (sources[digest] ??= []);
  if (!list.includes(repo)) list.push(repo);
}
