// Networks and volumes before the containers (docker/compose pkg/compose/create.go
// ensureNetworks/resolveOrCreateNetwork/resolveExternalNetwork, ensureProjectVolumes/
// ensureVolume/createVolume): missing ones are created with compose's labels and a config hash
// ("Network app_default Creating/Created"); existing ones are reused (with compose's warnings
// when they were not made for this project); external ones must exist. A network or volume
// whose config changed is left to the plan (which recreates it).
import { DaemonError, daemonErrorText } from '../../errors/daemon-error.ts';
import { createNetwork } from '../../engine/network/networks.ts';
import { createVolume } from '../../engine/volumes.ts';
import type { NetworkRecord } from '../../engine/state.ts';
import { LABELS } from '../labels.ts';
import type { NetworkConfig, Project, VolumeConfig } from '../model.ts';
import { networkHash, volumeHash } from '../plan/hash.ts';
import type { ApplyContext } from './context.ts';
import { ev } from './events.ts';
import { ComposeApplyError } from './errors.ts';
import { LATENCY } from './latency.ts';

function sortedLabels(labels: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(labels).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export function networkLabels(ac: ApplyContext, project: Project, key: string, n: NetworkConfig): Record<string, string> {
  return sortedLabels({
    ...(n.labels ?? {}),
    [LABELS.network]: key,
    [LABELS.project]: project.name,
    [LABELS.version]: ac.composeVersion,
    [LABELS.configHash]: networkHash(n),
  });
}

/** resolveExternalNetwork: exactly one network with that name (or id). */
function externalNetwork(ac: ApplyContext, n: NetworkConfig): NetworkRecord {
  const found = Object.values(ac.engine.state.networks).filter((x) => x.name === n.name || x.id === n.name);
  if (found.length === 1) return found[0];
  if (found.length === 0) throw new ComposeApplyError(`network ${n.name} declared as external, but could not be found`);
  throw new ComposeApplyError(`multiple networks with name ${JSON.stringify(n.name)} were found. Use network ID as \`name\` to avoid ambiguity`);
}

/** The network named as desired: reused (warned when foreign), or created. */
export function ensureNetwork(ac: ApplyContext, project: Project, key: string): NetworkRecord {
  const n = project.networks[key];
  if (n.external) return externalNetwork(ac, n);
  const existing = Object.values(ac.engine.state.networks).find((x) => x.name === n.name);
  if (existing) {
    const p = existing.labels?.[LABELS.project];
    if (p === undefined) ac.warn(`a network with name ${n.name} exists but was not created by compose.\nSet \`external: true\` to use an existing network`);
    else if (p !== project.name) ac.warn(`a network with name ${n.name} exists but was not created for project ${JSON.stringify(project.name)}.\nSet \`external: true\` to use an existing network`);
    if (p !== undefined && existing.labels[LABELS.network] !== key) {
      throw new ComposeApplyError(`network ${n.name} was found but has incorrect label ${LABELS.network} set to ${JSON.stringify(existing.labels[LABELS.network] ?? '')} (expected: ${JSON.stringify(key)})`);
    }
    return existing;
  }
  const id = `Network ${n.name}`;
  ac.events.on(ev.creating(id));
  try {
    const net = createNetwork(ac.engine, {
      name: n.name, driver: n.driver || 'bridge', options: n.driverOpts ?? {}, labels: networkLabels(ac, project, key, n),
      internal: n.internal ?? false, attachable: n.attachable ?? false, enableIPv4: n.enableIpv4, enableIPv6: n.enableIpv6,
      ipamDriver: n.ipam?.driver || 'default', ipamOptions: {},
      ipam: (n.ipam?.config ?? []).map((c) => ({ subnet: c.subnet, ipRange: c.ipRange, gateway: c.gateway })),
    });
    ac.engine.advance(LATENCY.createNetwork);
    ac.events.on(ev.created(id));
    return net;
  } catch (e) {
    if (!(e instanceof DaemonError)) throw e;
    ac.events.on(ev.error(id, daemonErrorText(e)));
    throw new ComposeApplyError(`failed to create network ${n.name}: ${daemonErrorText(e)}`);
  }
}

/** ensureNetworks: every network of the project, by key. */
export function ensureNetworks(ac: ApplyContext, project: Project): Map<string, NetworkRecord> {
  const out = new Map<string, NetworkRecord>();
  for (const key of Object.keys(project.networks).sort()) out.set(key, ensureNetwork(ac, project, key));
  return out;
}

export function volumeLabels(ac: ApplyContext, project: Project, key: string, v: VolumeConfig): Record<string, string> {
  return sortedLabels({
    ...(v.labels ?? {}),
    [LABELS.project]: project.name,
    [LABELS.version]: ac.composeVersion,
    [LABELS.volume]: key,
    [LABELS.configHash]: volumeHash(v),
  });
}

/** createVolume with its "Volume x Creating/Created" events. */
export function createProjectVolume(ac: ApplyContext, project: Project, key: string): void {
  const v = project.volumes[key];
  const id = `Volume ${v.name}`;
  ac.events.on(ev.creating(id));
  try {
    createVolume(ac.engine, v.name, { driver: v.driver || 'local', labels: volumeLabels(ac, project, key, v), options: v.driverOpts ?? null });
    ac.engine.advance(LATENCY.createVolume);
  } catch (e) {
    if (!(e instanceof DaemonError)) throw e;
    ac.events.on(ev.error(id, daemonErrorText(e)));
    throw new ComposeApplyError(daemonErrorText(e));
  }
  ac.events.on(ev.created(id));
}

/** ensureVolume for every project volume: external ones must exist; others are created or reused. */
export function ensureVolumes(ac: ApplyContext, project: Project): void {
  for (const key of Object.keys(project.volumes).sort()) {
    const v = project.volumes[key];
    const existing = ac.engine.state.volumes[v.name];
    if (!existing) {
      if (v.external) throw new ComposeApplyError(`external volume ${JSON.stringify(v.name)} not found`);
      createProjectVolume(ac, project, key);
      continue;
    }
    if (v.external) continue;
    const p = existing.labels?.[LABELS.project];
    if (p === undefined) ac.warn(`volume ${JSON.stringify(v.name)} already exists but was not created by Docker Compose. Use \`external: true\` to use an existing volume`);
    else if (p !== project.name) ac.warn(`volume ${JSON.stringify(v.name)} already exists but was created for project ${JSON.stringify(p)} (expected ${JSON.stringify(project.name)}). Use \`external: true\` to use an existing volume`);
  }
}
