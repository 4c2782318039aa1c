// docker network create: what the command does (its spec, flags and help are in create.ts, which
// loads this module the first time the command runs).
import { createNetwork, type IpamConfigRequest } from '../../../engine/network/networks.ts';
import { contains, formatPrefix, overlaps, parseAddr, parsePrefix } from '../../../engine/network/ip.ts';
import { CliError } from '../../../errors/cli-error.ts';
import type { CommandContext } from '../../command.ts';
import { flagBool, flagList, flagSet, flagString } from '../../command.ts';
import type { ParsedFlags } from '../../flags.ts';
import { flagValueError, splitCsv } from './flag-values.ts';
import { USE } from './create.ts';

function mapOpts(values: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const v of values) {
    const i = v.indexOf('=');
    out[i === -1 ? v : v.slice(0, i)] = i === -1 ? '' : v.slice(i + 1);
  }
  return out;
}

/** netip.ParsePrefix's error, as createIPAMConfig returns it. */
function prefixError(s: string): string | undefined {
  const i = s.indexOf('/');
  if (i === -1) return `netip.ParsePrefix(${JSON.stringify(s)}): no '/'`;
  const bits = s.slice(i + 1);
  if (!/^\d+$/.test(bits)) return `netip.ParsePrefix(${JSON.stringify(s)}): bad bits after slash: ${JSON.stringify(bits)}`;
  const addr = s.slice(0, i);
  if (!parseAddr(addr)) return `netip.ParsePrefix(${JSON.stringify(s)}): ParseAddr(${JSON.stringify(addr)}): unable to parse IP`;
  if (!parsePrefix(s)) return `netip.ParsePrefix(${JSON.stringify(s)}): prefix length out of range`;
  return undefined;
}

/** createIPAMConfig: one IPAM config per subnet, with the ranges and gateways inside it. */
function ipamConfig(subnets: string[], ranges: string[], gateways: string[]): IpamConfigRequest[] {
  if (subnets.length < ranges.length || subnets.length < gateways.length) {
    throw new CliError('every ip-range or gateway must have a corresponding subnet', 1);
  }
  const configs: IpamConfigRequest[] = [];
  for (const s of subnets) {
    for (const c of configs) {
      const p = parsePrefix(s);
      if (!p) throw new CliError(`invalid subnet: invalid CIDR address: ${s}`, 1);
      if (overlaps(parsePrefix(c.subnet ?? '')!, p)) throw new CliError('multiple overlapping subnet configuration is not supported', 1);
    }
    const err = prefixError(s);
    if (err) throw new CliError(err, 1);
    configs.push({ subnet: s });
  }
  const inSubnet = (ip: string) => configs.find((c) => contains(parsePrefix(c.subnet!)!, parseAddr(ip.split('/')[0])!));
  for (const r of ranges) {
    const c = inSubnet(r);
    if (!c) throw new CliError(`no matching subnet for range ${r}`, 1);
    if (c.ipRange) throw new CliError(`cannot configure multiple ranges (${r}, ${c.ipRange}) on the same subnet (${c.subnet})`, 1);
    c.ipRange = formatPrefix(parsePrefix(r)!);
  }
  for (const g of gateways) {
    const c = inSubnet(g);
    if (!c) throw new CliError(`no matching subnet for gateway ${g}`, 1);
    if (c.gateway) throw new CliError(`cannot configure multiple gateways (${g}, ${c.gateway}) for the same subnet (${c.subnet})`, 1);
    c.gateway = g;
  }
  return configs;
}

/** pflag's own checks of the IP-typed flags and --label's validator. */
function checkFlagValues(ctx: CommandContext, flags: ParsedFlags): { gateways: string[]; ranges: string[] } {
  const gateways: string[] = [];
  for (const raw of flagList(flags, 'gateway')) {
    for (const g of splitCsv(raw)) {
      if (!parseAddr(g.trim())) throw flagValueError(ctx, USE, '--gateway', raw, `invalid string being converted to IP address: ${g}`);
      gateways.push(g.trim());
    }
  }
  const ranges: string[] = [];
  for (const raw of flagList(flags, 'ip-range')) {
    for (const r of splitCsv(raw)) {
      if (!parsePrefix(r.trim())) throw flagValueError(ctx, USE, '--ip-range', raw, `invalid string being converted to CIDR: ${r}`);
      ranges.push(r.trim());
    }
  }
  for (const l of flagList(flags, 'label')) {
    const key = l.split('=')[0].replace(/^[ \t\n\r\f\v]+/, '');
    if (key === '') throw flagValueError(ctx, USE, '--label', l, `invalid label '${l}': empty name`);
    if (/[ \t\n\r\f\v]/.test(key)) throw flagValueError(ctx, USE, '--label', l, `label '${key}' contains whitespaces`);
  }
  return { gateways, ranges };
}

export function runCreate(ctx: CommandContext, args: string[], flags: ParsedFlags) {
  const { gateways, ranges } = checkFlagValues(ctx, flags);
  const ipam = ipamConfig(flagList(flags, 'subnet').flatMap(splitCsv), ranges, gateways);
  const net = createNetwork(ctx.engine, {
    name: args[0],
    driver: flagString(flags, 'driver', 'bridge'),
    options: mapOpts(flagList(flags, 'opt')),
    labels: mapOpts(flagList(flags, 'label')),
    internal: flagBool(flags, 'internal'),
    attachable: flagBool(flags, 'attachable'),
    enableIPv4: flagSet(flags, 'ipv4') ? flags.ipv4 === true : undefined,
    enableIPv6: flagSet(flags, 'ipv6') ? flags.ipv6 === true : undefined,
    ipamDriver: flagString(flags, 'ipam-driver', 'default'),
    ipamOptions: mapOpts(flagList(flags, 'ipam-opt')),
    ipam,
  });
  ctx.stdout.write(`${net.id}\n`);
}
