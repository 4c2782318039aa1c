// Configuration hashes compose stores in the com.docker.compose.config-hash label and compares
// on the next `up` (docker/compose pkg/compose/hash.go): a service's hash ignores build,
// pull_policy, scale, deploy.replicas, depends_on and profiles, so scaling or reordering does
// not recreate containers. The digest is SHA-256 over a canonical JSON of the model (not Go's
// json.Marshal bytes, so values differ from real Docker; only equality matters here).
import type { NetworkConfig, ServiceConfig, VolumeConfig } from '../model.ts';
import { sha256Hex } from '../../util/sha256.ts';

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    const keys = Object.keys(obj).filter((k) => obj[k] !== undefined).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export function serviceHash(service: ServiceConfig): string {
  const copy: ServiceConfig = { ...service, build: undefined, pullPolicy: undefined, scale: undefined, dependsOn: undefined, profiles: undefined };
  if (service.deploy) copy.deploy = { ...service.deploy, replicas: undefined };
  return sha256Hex(canonicalJson(copy));
}

export function networkHash(network: NetworkConfig): string {
  return sha256Hex(canonicalJson(network));
}

/** VolumeHash: an unset driver counts as "local". */
export function volumeHash(volume: VolumeConfig): string {
  return sha256Hex(canonicalJson({ ...volume, driver: volume.driver || 'local' }));
}
