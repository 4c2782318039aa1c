// The daemon's mount parser, case by case against moby's linux_parser.go texts.
import { describe, expect, it } from 'vitest';
import { parseMountRaw, parseMountSpec } from './parse.ts';

describe('parseMountRaw (HostConfig.Binds)', () => {
  it('reads names, host paths, modes and copy options', () => {
    expect(parseMountRaw('data:/data')).toMatchObject({ type: 'volume', name: 'data', destination: '/data', rw: true, mode: '', copyData: true });
    expect(parseMountRaw('data:/data/:ro,nocopy')).toMatchObject({ type: 'volume', destination: '/data', rw: false, mode: 'ro,nocopy', copyData: false });
    expect(parseMountRaw('/srv//site/:/usr/share/nginx/html:ro')).toMatchObject({
      type: 'bind',
      source: '/srv/site',
      destination: '/usr/share/nginx/html',
      rw: false,
      propagation: 'rprivate',
    });
    expect(parseMountRaw('/a:/b:rshared')).toMatchObject({ type: 'bind', propagation: 'rshared', mode: 'rshared' });
  });

  it('rejects what moby rejects, with its texts', () => {
    const err = (raw: string) => {
      try {
        parseMountRaw(raw);
        return 'no error';
      } catch (e) {
        return (e as Error).message;
      }
    };
    expect(err(':/x')).toBe("invalid volume specification: ':/x'");
    expect(err('/data:ro')).toBe("invalid volume specification: '/data:ro'");
    expect(err('a:b:c:d:e')).toBe("invalid volume specification: 'a:b:c:d:e'");
    expect(err('/a:/b:ro,rw')).toBe('invalid mode: ro,rw');
    expect(err('/a:/b:fast')).toBe('invalid mode: fast');
    expect(err('v:x')).toBe("invalid volume specification: 'v:x': invalid mount config for type \"volume\": invalid mount path: 'x' mount path must be absolute");
    expect(err('/a:/')).toBe("invalid volume specification: '/a:/': invalid mount config for type \"bind\": invalid specification: destination can't be '/'");
    expect(err('/a:/b:nocopy')).toBe("invalid volume specification: '/a:/b:nocopy': invalid mount config for type \"bind\": field VolumeOptions must not be specified");
  });
});

describe('parseMountSpec (HostConfig.Mounts)', () => {
  const exists = (p: string) => p.replace(/\/+$/, '') === '/srv';
  const err = (spec: Parameters<typeof parseMountSpec>[0]) => {
    try {
      parseMountSpec(spec, exists);
      return 'no error';
    } catch (e) {
      return (e as Error).message;
    }
  };

  it('needs a bind source that exists, unless it may create it', () => {
    expect(err({ Type: 'bind', Source: '/x', Target: '/y' })).toBe('invalid mount config for type "bind": bind source path does not exist: /x');
    expect(err({ Type: 'bind', Source: '/x', Target: '/y', BindOptions: { CreateMountpoint: true } })).toBe('no error');
    expect(parseMountSpec({ Type: 'bind', Source: '/srv/', Target: '/y/', ReadOnly: true }, exists)).toMatchObject({
      source: '/srv',
      destination: '/y',
      rw: false,
      propagation: 'rprivate',
    });
  });

  it('checks fields by type', () => {
    expect(err({ Type: 'bind', Source: '/srv', Target: '/y', BindOptions: { Propagation: 'sideways' } })).toBe('invalid mount config for type "bind": invalid propagation mode: sideways');
    expect(err({ Type: 'volume', Target: '/y', VolumeOptions: { Subpath: 'a' } })).toBe('invalid mount config for type "volume": must not set Subpath when using anonymous volumes');
    expect(err({ Type: 'volume', Source: 'v', Target: '/y', VolumeOptions: { Subpath: '../a' } })).toBe(
      'invalid mount config for type "volume": subpath must be a relative path within the volume',
    );
    expect(err({ Type: 'tmpfs', Target: '/t', BindOptions: {} })).toBe('invalid mount config for type "tmpfs": field BindOptions must not be specified');
    expect(err({ Type: 'volume', Target: '' })).toBe('invalid mount config for type "volume": field Target must not be empty');
    expect(err({ Type: 'volume', Target: 'rel' })).toBe("invalid mount config for type \"volume\": invalid mount path: 'rel' mount path must be absolute");
  });
});
