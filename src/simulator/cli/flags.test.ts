import { describe, expect, it } from 'vitest';
import { FlagError, parseFlags, type FlagSpec } from './flags.ts';

const specs: FlagSpec[] = [
  { name: 'detach', short: 'd', type: 'bool', usage: '' },
  { name: 'interactive', short: 'i', type: 'bool', usage: '' },
  { name: 'tty', short: 't', type: 'bool', usage: '' },
  { name: 'name', type: 'string', usage: '' },
  { name: 'publish', short: 'p', type: 'list', usage: '' },
  { name: 'time', type: 'int', usage: '' },
];

describe('parseFlags (pflag semantics)', () => {
  it('combines short boolean flags', () => {
    const r = parseFlags(['-dit', 'ubuntu'], specs, false);
    expect(r.flags).toEqual({ detach: true, interactive: true, tty: true });
    expect(r.args).toEqual(['ubuntu']);
  });
  it('takes --flag=value and --flag value', () => {
    expect(parseFlags(['--name=web'], specs).flags.name).toBe('web');
    expect(parseFlags(['--name', 'web'], specs).flags.name).toBe('web');
  });
  it('accumulates repeated list flags, attached short values included', () => {
    expect(parseFlags(['-p', '80:80', '-p8443:443', '--publish=1:1'], specs).flags.publish).toEqual(['80:80', '8443:443', '1:1']);
  });
  it('stops at the first argument when not interspersed', () => {
    const r = parseFlags(['-d', 'alpine', 'ls', '-la', '--name', 'x'], specs, false);
    expect(r.args).toEqual(['alpine', 'ls', '-la', '--name', 'x']);
    expect(r.flags.name).toBeUndefined();
  });
  it('keeps parsing flags after arguments when interspersed', () => {
    const r = parseFlags(['web', '--name', 'x'], specs, true);
    expect(r.args).toEqual(['web']);
    expect(r.flags.name).toBe('x');
  });
  it('treats everything after -- as arguments', () => {
    expect(parseFlags(['--', '-d'], specs).args).toEqual(['-d']);
  });
  it("reports pflag's messages", () => {
    expect(() => parseFlags(['--nope'], specs)).toThrow(new FlagError('unknown flag: --nope'));
    expect(() => parseFlags(['-dz'], specs)).toThrow(new FlagError("unknown shorthand flag: 'z' in -dz"));
    expect(() => parseFlags(['--name'], specs)).toThrow(new FlagError('flag needs an argument: --name'));
    expect(() => parseFlags(['--time', 'x'], specs)).toThrow(
      new FlagError('invalid argument "x" for "--time" flag: strconv.ParseInt: parsing "x": invalid syntax'),
    );
    expect(() => parseFlags(['--detach=maybe'], specs)).toThrow(
      new FlagError('invalid argument "maybe" for "-d, --detach" flag: strconv.ParseBool: parsing "maybe": invalid syntax'),
    );
  });
  it('recognises --help and the deprecated -h', () => {
    expect(parseFlags(['--help'], specs).help).toBe(true);
    const r = parseFlags(['-h'], specs);
    expect(r.help).toBe(true);
    expect(r.warnings).toEqual(['Flag shorthand -h has been deprecated, use --help']);
  });
});
