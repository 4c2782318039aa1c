// A service's mounts as docker/compose sends them (pkg/compose/create.go buildContainerVolumes,
// buildMount, buildContainerSecretMounts/ConfigMounts): plain binds and named volumes without
// advanced options as HostConfig.Binds ("src:dst:rw"), everything else as HostConfig.Mounts;
// secrets and configs from files are read-only binds at /run/secrets/NAME and /NAME; a recreated
// container keeps the anonymous volumes of the one it replaces.
import type { MountSpec } from '../../engine/state.ts';
import type { FileReference, Project, ServiceConfig, ServiceVolume } from '../model.ts';

export interface ServiceMounts {
  binds: string[];
  mounts: MountSpec[];
  /** logrus warnings ("secret file x does not exist" is checked by the caller). */
  fileSecrets: { name: string; file: string }[];
}

/** toBindString: "source:target:rw|ro[,selinux][,nocopy]". */
function bindString(source: string, v: ServiceVolume): string {
  const opts = [v.readOnly ? 'ro' : 'rw'];
  if (v.bind?.selinux) opts.push(v.bind.selinux);
  if (v.volume?.nocopy) opts.push('nocopy');
  return `${source}:${v.target}:${opts.join(',')}`;
}

/** bindRequiresMountAPI / volumeRequiresMountAPI. */
function needsMountApi(v: ServiceVolume): boolean {
  if (v.type === 'bind') return !!v.bind && (!v.bind.createHostPath || !!v.bind.propagation || !!v.bind.recursive);
  if (v.type === 'volume') return !!v.volume && (Object.keys(v.volume.labels ?? {}).length > 0 || !!v.volume.subpath || !!v.volume.nocopy);
  return true;
}

/** buildMount: the API's mount.Mount for one service volume. */
function toMount(project: Project, v: ServiceVolume): MountSpec {
  const m: MountSpec = { Type: v.type, Target: v.target };
  const source = v.type === 'volume' && v.source ? (project.volumes[v.source]?.name ?? v.source) : v.source;
  if (source) m.Source = source;
  if (v.readOnly) m.ReadOnly = true;
  if (v.consistency) m.Consistency = v.consistency;
  if (v.type === 'bind' && v.bind) {
    m.BindOptions = {};
    if (v.bind.propagation) m.BindOptions.Propagation = v.bind.propagation;
    if (v.bind.createHostPath) m.BindOptions.CreateMountpoint = true;
  }
  if (v.type === 'volume' && v.volume) {
    m.VolumeOptions = {};
    if (v.volume.nocopy) m.VolumeOptions.NoCopy = true;
    if (v.volume.subpath) m.VolumeOptions.Subpath = v.volume.subpath;
    if (v.volume.labels && Object.keys(v.volume.labels).length) m.VolumeOptions.Labels = v.volume.labels;
  }
  if (v.type === 'tmpfs' && v.tmpfs) m.TmpfsOptions = { ...(v.tmpfs.size ? { SizeBytes: v.tmpfs.size } : {}), ...(v.tmpfs.mode ? { Mode: v.tmpfs.mode } : {}) };
  return m;
}

/** A read-only bind of a secret's or config's file (buildContainerSecretMounts / ConfigMounts). */
function fileMounts(refs: FileReference[] | undefined, defs: Project['secrets'], base: string, out: ServiceMounts, taken: Set<string>, secret: boolean): void {
  for (const ref of refs ?? []) {
    const def = defs[ref.source];
    if (!def?.file || def.environment !== undefined || def.content !== undefined) continue;
    const target = !ref.target ? `${base}${ref.source}` : ref.target.startsWith('/') ? ref.target : `${base}${ref.target}`;
    if (taken.has(target)) continue;
    taken.add(target);
    out.mounts.push({ Type: 'bind', Source: def.file, Target: target, ReadOnly: true, ...(secret ? { BindOptions: {} } : {}) });
    if (secret) out.fileSecrets.push({ name: def.name, file: def.file });
  }
}

export function serviceMounts(project: Project, service: ServiceConfig, inherit: { destination: string; name: string }[]): ServiceMounts {
  const out: ServiceMounts = { binds: [], mounts: [], fileSecrets: [] };
  const taken = new Set<string>();
  for (const v of service.volumes ?? []) {
    taken.add(v.target);
    const inherited = v.type === 'volume' && !v.source ? inherit.find((i) => i.destination === v.target) : undefined;
    if (inherited) out.mounts.push({ Type: 'volume', Source: inherited.name, Target: v.target, ...(v.readOnly ? { ReadOnly: true } : {}) });
    else if (v.type === 'bind' && !needsMountApi(v)) out.binds.push(bindString(v.source ?? '', v));
    else if (v.type === 'volume' && v.source && project.volumes[v.source] && !needsMountApi(v)) out.binds.push(bindString(project.volumes[v.source].name, v));
    else out.mounts.push(toMount(project, v));
  }
  // The image's VOLUMEs the replaced container had: the same volumes again.
  for (const i of inherit) {
    if (!taken.has(i.destination)) out.mounts.push({ Type: 'volume', Source: i.name, Target: i.destination });
    taken.add(i.destination);
  }
  for (const t of service.tmpfs ?? []) {
    const target = t.split(':')[0];
    if (!taken.has(target)) out.mounts.push({ Type: 'tmpfs', Target: target });
    taken.add(target);
  }
  fileMounts(service.secrets, project.secrets, '/run/secrets/', out, taken, true);
  fileMounts(service.configs, project.configs, '/', out, taken, false);
  return out;
}
