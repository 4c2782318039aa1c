// The HTTP plumbing of the simulated host and containers (see http/README.md): programs
// register an HttpService by name; clients call hostHttpRequest (the host's curl, sim.http) or
// containerHttpRequest (curl/wget inside a container), which route by the published port map,
// the bridge networks and Docker's name resolution to the listening program.
export type {
  HttpFailure,
  HttpFailureKind,
  HttpOutcome,
  HttpRequest,
  HttpRequestOptions,
  HttpResponse,
  HttpService,
  HttpServiceContext,
  HttpSuccess,
} from './http/types.ts';
export { registerHttpService, serviceOf, listenerOn } from './http/registry.ts';
export { containerHttpRequest, hostHttpRequest, HOST_CURL_VERSION } from './http/route.ts';
export { readContainerFile, listContainerDir, httpDate, type ContainerFile } from './http/files.ts';

import type { HttpOutcome } from './http/types.ts';

/** sim.http's answer: status, headers by name (as sent), body; or curl's error message. */
export function httpResult(out: HttpOutcome): { status: number; headers: Record<string, string>; body: string } | { error: string } {
  if (!out.ok) return { error: out.message };
  return { status: out.response.status, headers: Object.fromEntries(out.response.headers), body: out.response.body };
}
