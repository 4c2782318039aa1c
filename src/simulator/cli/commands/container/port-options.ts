// The port and network options of `docker run`/`docker create` as docker/cli parses them
// (cli/command/container/opts.go with go-connections' nat.ParsePortSpec, moby's
// network.ParsePortRange and opts.NetworkOpt): -p/--publish in every short form
// ([ip:][hostPort:]containerPort[/proto], ranges, [::1]) and the long published=,target= form,
// -P, --expose, --network (also name=,alias=,ip= fields), --network-alias, --ip, --ip6.
import type { EndpointRequest } from '../../../engine/network/endpoint-config.ts';
import { isUserDefined } from '../../../engine/network/networks.ts';
import { formatAddr, parseAddr } from '../../../engine/network/ip.ts';
import { CliError } from '../../../errors/cli-error.ts';
import type { CommandContext } from '../../command.ts';
import { flagBool, flagList, flagString } from '../../command.ts';
import type { ParsedFlags } from '../../flags.ts';

export interface PortOptions {
  /** Config.ExposedPorts from -p and --expose: '80/tcp'. */
  exposedPorts: string[];
  portBindings: Record<string, { HostIp: string; HostPort: string }[]>;
  publishAll: boolean;
}

class SpecError extends Error {}

/** nat's parsePortNumber: 0-65535 (ParseInt errors unwrapped). */
function natPortNumber(raw: string): number | string {
  if (raw === '') return 'value is empty';
  if (!/^[+-]?\d+$/.test(raw)) return 'invalid syntax';
  const n = Number(raw);
  return n < 0 || n > 65535 ? 'value out of range (0–65535)' : n;
}

/** nat's parsePortRange: "8000" or "8000-8010"; undefined when invalid. */
function natRange(text: string): [number, number] | undefined {
  const i = text.indexOf('-');
  const start = natPortNumber(i === -1 ? text : text.slice(0, i));
  if (typeof start === 'string') return undefined;
  if (i === -1 || text.slice(i + 1) === text.slice(0, i)) return [start, start];
  const end = natPortNumber(text.slice(i + 1));
  return typeof end === 'string' || end < start ? undefined : [start, end];
}

function splitParts(raw: string): [string, string, string] {
  const parts = raw.split(':');
  const n = parts.length;
  if (n === 1) return ['', '', parts[0]];
  if (n === 2) return ['', parts[0], parts[1]];
  return [parts.slice(0, n - 2).join(':'), parts[n - 2], parts[n - 1]];
}

/** The host IP of a spec: `[::1]` loses its brackets; net.ParseIP must accept it. */
function specIp(ip: string): string {
  let out = ip;
  if (out.startsWith('[')) {
    const m = /^\[([^\]]*)\]$/.exec(out);
    if (!m) throw new SpecError(`invalid IP address ${ip}: address ${ip}:: missing ']' in address`);
    out = m[1];
  }
  if (out !== '' && !parseAddr(out)) throw new SpecError(`invalid IP address: ${out}`);
  return out;
}

/** nat.ParsePortSpec: one spec as (container port, binding) pairs. */
function parsePortSpec(raw: string): { port: string; HostIp: string; HostPort: string }[] {
  const [rawIp, hostPort, rawContainer] = splitParts(raw);
  const slash = rawContainer.indexOf('/');
  const containerPort = slash === -1 ? rawContainer : rawContainer.slice(0, slash);
  if (containerPort === '') throw new SpecError(`no port specified: ${raw}<empty>`);
  const proto = (slash === -1 ? '' : rawContainer.slice(slash + 1)).toLowerCase() || 'tcp';
  if (!['tcp', 'udp', 'sctp'].includes(proto)) throw new SpecError(`invalid proto: ${proto}`);
  const ip = specIp(rawIp);
  const cr = natRange(containerPort);
  if (!cr) throw new SpecError(`invalid containerPort: ${containerPort}`);
  const hr = hostPort === '' ? undefined : natRange(hostPort);
  if (hostPort !== '' && !hr) throw new SpecError(`invalid hostPort: ${hostPort}`);
  if (hr && cr[1] - cr[0] !== hr[1] - hr[0] && cr[1] !== cr[0]) {
    throw new SpecError(`invalid ranges specified for container and host Ports: ${containerPort} and ${hostPort}`);
  }
  const count = cr[1] - cr[0] + 1;
  const hostIp = ip === '' ? '' : formatAddr(parseAddr(ip)!);
  return Array.from({ length: count }, (_, i) => {
    let hp = hr ? String(hr[0] + i) : '';
    if (hr && count === 1 && hr[0] !== hr[1]) hp += `-${hr[1]}`;
    return { port: `${cr[0] + i}/${proto}`, HostIp: hostIp, HostPort: hp };
  });
}

/** convertToStandardNotation: `published=8080,target=80[,protocol=udp]` as `8080:80/udp`. */
function standardNotation(spec: string): string {
  if (!spec.includes('=')) return spec;
  const params: Record<string, string> = { protocol: 'tcp' };
  for (const param of spec.split(',')) {
    const i = param.indexOf('=');
    if (i <= 0) throw new SpecError(`invalid publish opts format (should be name=value but got '${param}')`);
    params[param.slice(0, i)] = param.slice(i + 1);
  }
  return `${params.published ?? ''}:${params.target ?? ''}/${params.protocol}`;
}

/** network.ParsePortRange for --expose (uint16 ports, errors wrapped). */
function exposeRange(e: string): string[] {
  const fail = (why: string) => new SpecError(`invalid range format for --expose: ${why}`);
  if (e === '') throw fail('invalid port range: value is empty');
  const [range, proto = ''] = e.split(/\/(.*)/s);
  const num = (s: string, which: string): number => {
    const why = s === '' ? 'value is empty' : !/^\d+$/.test(s) ? 'invalid syntax' : Number(s) > 65535 ? 'value out of range' : '';
    if (why) throw fail(`invalid ${which} port '${s}': ${why}`);
    return Number(s);
  };
  const i = range.indexOf('-');
  const start = num(i === -1 ? range : range.slice(0, i), 'start');
  const end = i === -1 || range.slice(i + 1) === range.slice(0, i) ? start : num(range.slice(i + 1), 'end');
  if (end < start) throw fail(`invalid port range: ${e}`);
  const p = proto.toLowerCase() || 'tcp';
  return Array.from({ length: end - start + 1 }, (_, k) => `${start + k}/${p}`);
}

/** -p, -P and --expose as parse() turns them into PortBindings and ExposedPorts. */
export function parsePortOptions(flags: ParsedFlags, usageError: (message: string) => CliError): PortOptions {
  const portBindings: PortOptions['portBindings'] = {};
  const exposed = new Set<string>();
  try {
    const specs = flagList(flags, 'publish').map(standardNotation);
    for (const spec of specs) {
      for (const m of parsePortSpec(spec)) {
        exposed.add(m.port);
        (portBindings[m.port] ??= []).push({ HostIp: m.HostIp, HostPort: m.HostPort });
      }
    }
    for (const e of flagList(flags, 'expose')) for (const p of exposeRange(e)) exposed.add(p);
  } catch (e) {
    if (e instanceof SpecError) throw usageError(e.message);
    throw e;
  }
  return { exposedPorts: [...exposed], portBindings, publishAll: flagBool(flags, 'publish-all') };
}

export interface NetworkingOptions {
  /** HostConfig.NetworkMode: the first --network, or "bridge". */
  networkMode: string;
  /** NetworkingConfig.EndpointsConfig, keyed as the client sends it ("default" without --network). */
  endpoints: Record<string, EndpointRequest>;
}

interface Attachment extends EndpointRequest {
  target: string;
}

/** opts.NetworkOpt.Set: a name, or `name=...,alias=...,ip=...` fields. */
function parseNetworkValue(value: string): Attachment {
  if (!/\w+=\w+(,\w+=\w+)*/.test(value)) return { target: value };
  const out: Attachment = { target: '', aliases: [] };
  for (const field of value.split(',')) {
    const lower = field.toLowerCase();
    const i = lower.indexOf('=');
    if (i <= 0) throw new SpecError(`invalid field ${field}`);
    const key = lower.slice(0, i).trim();
    const val = lower.slice(i + 1).trim();
    if (key === 'name') out.target = val;
    else if (key === 'alias') out.aliases!.push(val);
    else if (key === 'ip' || key === 'ip6') {
      if (!parseAddr(val)) throw new SpecError(`ParseAddr(${JSON.stringify(val)}): unable to parse IP`);
      if (key === 'ip') out.ipv4 = val;
      else out.ipv6 = val;
    } else if (!['mac-address', 'link-local-ip', 'driver-opt', 'gw-priority'].includes(key)) throw new SpecError(`invalid field key ${key}`);
  }
  if (out.target === '') throw new SpecError('network name/id is not specified');
  return out;
}

function flagValueError(ctx: CommandContext, use: string, flag: string, value: string, why: string): CliError {
  const parent = ctx.path.slice(0, ctx.path.lastIndexOf(' '));
  return new CliError(`invalid argument "${value}" for "${flag}" flag: ${why}\n\nUsage:  ${parent} ${use}\n\nRun '${ctx.path} --help' for more information`, 125);
}

/** What pflag rejects while parsing: --network fields, --ip/--ip6 that are no IP address. */
export function validateNetworkFlags(ctx: CommandContext, use: string, flags: ParsedFlags): void {
  for (const name of ['net', 'network']) {
    for (const v of flagList(flags, name)) {
      try {
        parseNetworkValue(v);
      } catch (e) {
        if (e instanceof SpecError) throw flagValueError(ctx, use, `--${name}`, v, e.message);
        throw e;
      }
    }
  }
  for (const name of ['ip', 'ip6']) {
    const v = flagString(flags, name);
    if (flags[name] !== undefined && !parseAddr(v)) throw flagValueError(ctx, use, `--${name}`, v, `invalid string being converted to IP address: ${v}`);
  }
}

/** applyContainerOptions + parseNetworkOpts: the endpoints and the network mode. */
export function parseNetworkingOptions(flags: ParsedFlags, usageError: (message: string) => CliError): NetworkingOptions {
  const list = [...flagList(flags, 'net'), ...flagList(flags, 'network')].map(parseNetworkValue);
  const aliases = [...flagList(flags, 'net-alias'), ...flagList(flags, 'network-alias')];
  const ip = flagString(flags, 'ip');
  const ip6 = flagString(flags, 'ip6');
  const first: Attachment = list[0] ?? { target: 'default' };
  if (aliases.length) {
    if (first.aliases?.length) throw usageError('conflicting options: cannot specify both --network-alias and per-network alias');
    first.aliases = aliases;
  }
  if (ip && parseAddr(ip)?.v === 4) first.ipv4 = ip;
  if (ip6) first.ipv6 = formatAddr(parseAddr(ip6)!);
  const endpoints: Record<string, EndpointRequest> = {};
  let userDefined = false;
  let predefined = false;
  for (const [i, n] of (list.length ? list : [first]).entries()) {
    if (n.target.trim() === '') throw usageError('no name set for network');
    if (isUserDefined(n.target)) userDefined = true;
    else {
      predefined = true;
      if (n.aliases?.length) throw usageError('network-scoped aliases are only supported for user-defined networks');
    }
    if (list.length && endpoints[n.target]) throw usageError(`network "${n.target}" is specified multiple times`);
    const ep: EndpointRequest = { ...(n.aliases?.length ? { aliases: n.aliases } : {}), ...(n.ipv4 ? { ipv4: n.ipv4 } : {}), ...(n.ipv6 ? { ipv6: n.ipv6 } : {}) };
    if (list.length === 1 && i === 0 && Object.keys(ep).length === 0) continue;
    endpoints[n.target] = ep;
  }
  if (userDefined && predefined && list.length) throw usageError('conflicting options: cannot attach both user-defined and non-user-defined network-modes');
  const mode = list.length ? list[0].target : 'bridge';
  return { networkMode: mode === 'default' ? 'bridge' : mode, endpoints };
}

/** The HostConfig fields these options set. */
export function portHostConfig(ports: PortOptions, net: NetworkingOptions): { NetworkMode: string; PortBindings: PortOptions['portBindings']; PublishAllPorts: boolean } {
  return { NetworkMode: net.networkMode, PortBindings: ports.portBindings, PublishAllPorts: ports.publishAll };
}
