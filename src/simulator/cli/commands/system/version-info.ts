// The data `docker version` renders: docker/cli's versionInfo (Client, and Server built from the
// daemon's /version by newServerVersion), with Go's field names so that --format templates and
// `json` see what the real CLI passes them, and the default template's lines.
import { daemonVersion, type ComponentVersion } from '../../../engine/daemon-version.ts';
import { goMap, goSlice, goStruct } from '../../../util/format/go-value.ts';
import { API_VERSION, BUILD_TIME, CLIENT_COMMIT, CLIENT_VERSION, GO_VERSION, PLATFORM_NAME } from '../../versions.ts';

/** clientVersion (json: Platform and most fields omitempty, Context always). */
export function clientVersion(context: string) {
  return goStruct('system.clientVersion', {
    Platform: goStruct('*system.platformInfo', { Name: PLATFORM_NAME }),
    Version: CLIENT_VERSION,
    ApiVersion: API_VERSION,
    DefaultAPIVersion: API_VERSION,
    GitCommit: CLIENT_COMMIT,
    GoVersion: GO_VERSION,
    Os: 'linux',
    Arch: 'amd64',
    BuildTime: BUILD_TIME,
    Context: context,
  });
}

export type ClientVersion = ReturnType<typeof clientVersion>;

/** reformatDate: RFC 3339 to time.ANSIC ("Wed Aug  5 18:41:07 2026"), in the time's own zone (UTC here). */
function ansic(rfc3339: string): string {
  const t = new Date(rfc3339);
  if (Number.isNaN(t.getTime())) return rfc3339;
  const day = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][t.getUTCDay()];
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][t.getUTCMonth()];
  const two = (n: number) => String(n).padStart(2, '0');
  const clock = `${two(t.getUTCHours())}:${two(t.getUTCMinutes())}:${two(t.getUTCSeconds())}`;
  return `${day} ${mon} ${String(t.getUTCDate()).padStart(2, ' ')} ${clock} ${t.getUTCFullYear()}`;
}

/** newServerVersion: the Engine component's BuildTime is reformatted, Server.BuildTime stays raw. */
export function serverVersion() {
  const sv = daemonVersion();
  const components: ComponentVersion[] = sv.Components.map((c) => {
    const details = c.Name === 'Engine' ? { ...c.Details, BuildTime: ansic(c.Details.BuildTime) } : { ...c.Details };
    return goStruct('system.ComponentVersion', { Name: c.Name, Version: c.Version, Details: goMap(details, 'map[string]string') });
  });
  return goStruct('*system.serverVersion', {
    Platform: goStruct('client.PlatformInfo', { Name: sv.Platform.Name }),
    Version: sv.Version,
    ApiVersion: sv.ApiVersion,
    MinAPIVersion: sv.MinAPIVersion,
    Os: sv.Os,
    Arch: sv.Arch,
    Components: goSlice(components, '[]system.ComponentVersion'),
    GitCommit: sv.GitCommit,
    GoVersion: sv.GoVersion,
    KernelVersion: sv.KernelVersion,
    BuildTime: sv.BuildTime,
  });
}

export type ServerVersion = ReturnType<typeof serverVersion>;

function componentLines(c: ComponentVersion): string[] {
  if (c.Name !== 'Engine') {
    const details = Object.keys(c.Details).sort().map((k) => `  ${k}:\t${c.Details[k]}`);
    return [` ${c.Name}:`, `  Version:\t${c.Version}`, ...details];
  }
  const d = c.Details;
  return [
    ` ${c.Name}:`,
    `  Version:\t${c.Version}`,
    `  API version:\t${d.ApiVersion} (minimum version ${d.MinAPIVersion})`,
    `  Go version:\t${d.GoVersion}`,
    `  Git commit:\t${d.GitCommit}`,
    `  Built:\t${d.BuildTime}`,
    `  OS/Arch:\t${d.Os}/${d.Arch}`,
    `  Experimental:\t${d.Experimental}`,
  ];
}

/** defaultVersionTemplate's lines, cells separated by tabs for the tabwriter. */
export function defaultVersionLines(client: ClientVersion, server: ServerVersion | null): string[] {
  const lines = [
    `Client: ${client.Platform.Name}`,
    ` Version:\t${client.Version}`,
    ` API version:\t${client.ApiVersion}`,
    ` Go version:\t${client.GoVersion}`,
    ` Git commit:\t${client.GitCommit}`,
    ` Built:\t${client.BuildTime}`,
    ` OS/Arch:\t${client.Os}/${client.Arch}`,
    ` Context:\t${client.Context}`,
  ];
  if (!server) return lines;
  return [...lines, '', `Server: ${server.Platform.Name}`, ...server.Components.flatMap(componentLines)];
}
