// compose-go's validation package: rules the JSON schema cannot express, checked on the merged
// tree (file|environment|content exclusive for secrets and configs, external resources with
// other attributes, host_ip of ports, blank develop.watch paths).
import { ComposeError } from '../errors.ts';
import { isIp } from './ports.ts';
import { isDict, pathMatches, type Dict } from './tree.ts';

type Checker = (value: unknown, path: string) => void;

function fileObject(...keys: string[]): Checker {
  return (value, p) => {
    const v = value as Dict;
    const count = keys.filter((k) => Object.hasOwn(v, k)).length;
    if (count > 1) throw new ComposeError('other', `${p}: ${keys.join('|')} attributes are mutually exclusive`);
    if (count === 0 && !Object.hasOwn(v, 'driver') && !Object.hasOwn(v, 'external')) {
      throw new ComposeError('other', `${p}: one of ${keys.join('|')} must be set`);
    }
  };
}

const checkVolume: Checker = (value, p) => {
  if (value === null || value === undefined) return;
  if (!isDict(value)) throw new ComposeError('other', `expected volume, got ${String(value)}`);
  if (value.external !== true) return;
  for (const k of Object.keys(value)) {
    if (k === 'name' || k === 'external' || k.startsWith('x-')) continue;
    throw new ComposeError('other', `${p}: conflicting parameters "external" and ${JSON.stringify(k)} specified`);
  }
};

const CHECKS: Array<[string, Checker]> = [
  ['volumes.*', checkVolume],
  ['configs.*', fileObject('file', 'environment', 'content')],
  ['secrets.*', fileObject('file', 'environment')],
  ['services.*.ports.*', (v, p) => {
    if (isDict(v) && Object.hasOwn(v, 'host_ip') && !isIp(String(v.host_ip))) {
      throw new ComposeError('other', `${p}: invalid ip address: ${String(v.host_ip)}`);
    }
  }],
  ['services.*.develop.watch.*.path', (v, p) => {
    if (v === '') throw new ComposeError('other', `${p}: value can't be blank`);
  }],
];

/** validation.Validate over the whole tree. */
export function checkModel(value: unknown, path: string[] = []): void {
  const rule = CHECKS.find(([pattern]) => pathMatches(path, pattern));
  if (rule) return rule[1](value, path.join('.'));
  if (isDict(value)) for (const [k, v] of Object.entries(value)) checkModel(v, [...path, k]);
  else if (Array.isArray(value)) for (const e of value) checkModel(e, [...path, '[]']);
}
