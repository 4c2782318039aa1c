// The registries chunk (loaded by ../registries.ts and the registry commands): Docker Hub logins,
// pushes and search, and pulls of what was pushed, to the Hub or to a registry on the host. The
// registry container's own server is engine/registry/server/ (a service model).
export { INDEX_SERVER, convertToHostname, registryLogin, type LoginRequest } from './auth.ts';
export { pushImage, type PushOutcome, type PushRequest } from './push.ts';
export { pushedTags, resolvePushed } from './pull-pushed.ts';
export { searchImages, type SearchResult } from './search.ts';
