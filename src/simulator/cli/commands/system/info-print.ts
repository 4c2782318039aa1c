// `docker info` without --format: docker/cli's prettyPrintClientInfo and prettyPrintServerInfo,
// line by line (fmt.Println separates its operands with one space), for the fields this daemon
// ever sets: no swarm, no authorization plugins, no proxies, labels or mirrors.
import type { SystemInfo } from '../../../engine/system-info.ts';
import { bytesSize } from '../../../util/format/units.ts';
import type { ClientVersion } from './version-info.ts';

export interface PluginInfo {
  Name: string;
  Vendor: string;
  Version: string;
  ShortDescription: string;
  Path: string;
  SchemaVersion: string;
}

export interface ClientInfo extends Omit<ClientVersion, 'ApiVersion'> {
  Debug: boolean;
  Plugins: PluginInfo[];
  Warnings: string[] | null;
}

export function clientLines(c: ClientInfo): string[] {
  const lines = [`Client: ${c.Platform.Name}`, ` Version:    ${c.Version}`, ` Context:    ${c.Context}`, ` Debug Mode: ${c.Debug}`];
  if (c.Plugins.length > 0) {
    lines.push(' Plugins:');
    for (const p of c.Plugins) {
      lines.push(`  ${p.Name}: ${p.ShortDescription} (${p.Vendor})`, `    Version:  ${p.Version}`, `    Path:     ${p.Path}`);
    }
  }
  return lines;
}

function securityLines(options: string[]): string[] {
  if (options.length === 0) return [];
  const lines = [' Security Options:'];
  for (const opt of options) {
    // security.DecodeOptions: "name=seccomp,profile=builtin" -> seccomp, then its profile.
    const kv = Object.fromEntries(opt.split(',').map((p) => p.split('=') as [string, string]));
    lines.push(`  ${kv.name}`);
    if (kv.profile !== undefined) lines.push(`   Profile: ${kv.profile}`);
  }
  return lines;
}

function nonEmpty(label: string, value: string): string[] {
  return value === '' ? [] : [`${label} ${value}`];
}

/** prettyPrintServerInfo; `clientDebug` adds the daemon's debugging figures as -D does. */
export function serverLines(info: SystemInfo, clientDebug: boolean): string[] {
  const lines = [
    ` Containers: ${info.Containers}`,
    `  Running: ${info.ContainersRunning}`,
    `  Paused: ${info.ContainersPaused}`,
    `  Stopped: ${info.ContainersStopped}`,
    ` Images: ${info.Images}`,
    ...nonEmpty(' Server Version:', info.ServerVersion),
    ...nonEmpty(' Storage Driver:', info.Driver),
    ...info.DriverStatus.map(([k, v]) => `  ${k}: ${v}`),
    ...nonEmpty(' Logging Driver:', info.LoggingDriver),
    ...nonEmpty(' Cgroup Driver:', info.CgroupDriver),
    ...nonEmpty(' Cgroup Version:', info.CgroupVersion),
    ' Plugins:',
    `  Volume: ${info.Plugins.Volume.join(' ')}`,
    `  Network: ${info.Plugins.Network.join(' ')}`,
    `  Log: ${info.Plugins.Log.join(' ')}`,
    ' CDI spec directories:',
    ...info.CDISpecDirs.map((d) => `  ${d}`),
    ` Swarm: ${info.Swarm.LocalNodeState}`,
    ` Runtimes: ${Object.keys(info.Runtimes).join(' ')}`,
    ` Default Runtime: ${info.DefaultRuntime}`,
    ` Init Binary: ${info.InitBinary}`,
    ` containerd version: ${info.ContainerdCommit.ID}`,
    ` runc version: ${info.RuncCommit.ID}`,
    ` init version: ${info.InitCommit.ID}`,
    ...securityLines(info.SecurityOptions),
    ...nonEmpty(' Kernel Version:', info.KernelVersion),
    ...nonEmpty(' Operating System:', info.OperatingSystem),
    ...nonEmpty(' OSType:', info.OSType),
    ...nonEmpty(' Architecture:', info.Architecture),
    ` CPUs: ${info.NCPU}`,
    ` Total Memory: ${bytesSize(info.MemTotal)}`,
    ...nonEmpty(' Name:', info.Name),
    ...nonEmpty(' ID:', info.ID),
    ` Docker Root Dir: ${info.DockerRootDir}`,
    ` Debug Mode: ${info.Debug}`,
  ];
  if (info.Debug || clientDebug) {
    lines.push(
      `  File Descriptors: ${info.NFd}`,
      `  Goroutines: ${info.NGoroutines}`,
      `  System Time: ${info.SystemTime}`,
      `  EventsListeners: ${info.NEventsListener}`,
    );
  }
  lines.push(
    ` Experimental: ${info.ExperimentalBuild}`,
    ' Insecure Registries:',
    ...info.RegistryConfig.InsecureRegistryCIDRs.map((c) => `  ${c}`),
    ` Live Restore Enabled: ${info.LiveRestoreEnabled}`,
    ` Firewall Backend: ${info.FirewallBackend.Driver}`,
    ...info.FirewallBackend.Info.map(([k, v]) => `  ${k}: ${v}`),
    '',
  );
  return lines;
}
