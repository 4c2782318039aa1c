// The client's parsers for --mount (opts.MountOpt) and -v (volumespec): the records they make.
import { describe, expect, it } from 'vitest';
import { parseMountOpt, readCsvRecord } from './mount-opt.ts';
import { parseVolumeFlags, parseVolumeSpec } from './volume-spec.ts';

describe('--mount (MountOpt.Set)', () => {
  it('reads CSV fields, quoted ones included', () => {
    expect(readCsvRecord('a,"b,c","d""e",')).toEqual(['a', 'b,c', 'd"e', '']);
    expect(() => readCsvRecord('a,"b"c')).toThrow('parse error on line 1, column 6: extraneous or missing " in quoted-field');
  });

  it('builds the API mount with aliases, booleans, options and ./ made absolute', () => {
    expect(parseMountOpt('type=bind,src=./site,dst=/usr/share/nginx/html,ro,bind-propagation=rSlave', '/home/learner')).toEqual({
      Type: 'bind',
      Source: '/home/learner/site',
      Target: '/usr/share/nginx/html',
      ReadOnly: true,
      BindOptions: { Propagation: 'rslave' },
    });
    expect(parseMountOpt('source=data,destination=/d,volume-nocopy,volume-driver=local,volume-opt=type=tmpfs,volume-label=a', '/')).toEqual({
      Type: 'volume',
      Source: 'data',
      Target: '/d',
      VolumeOptions: { NoCopy: true, DriverConfig: { Name: 'local', Options: { type: 'tmpfs' } }, Labels: { a: '' } },
    });
    expect(parseMountOpt('Type=TMPFS,target=/t,tmpfs-mode=1770,readonly=0', '/')).toEqual({ Type: 'tmpfs', Target: '/t', ReadOnly: false, TmpfsOptions: { Mode: 0o1770 } });
  });

  it('rejects with the client texts', () => {
    expect(() => parseMountOpt('type=bind,bind-nonrecursive', '/')).toThrow('bind-nonrecursive is deprecated, use bind-recursive=disabled instead');
    expect(() => parseMountOpt('type=bind,bind-recursive=writable,src=/a,dst=/b', '/')).toThrow(
      "option 'bind-recursive=writable' requires 'readonly' to be specified in conjunction",
    );
    expect(() => parseMountOpt('type=bind,src=', '/')).toThrow("invalid value for 'src': value is empty");
    expect(() => parseMountOpt('type=bind,src=/a ,dst=/b', '/')).toThrow("invalid value for 'src' in 'src=/a ': value should not have whitespace");
  });
});

describe('-v (volumespec.Parse)', () => {
  it('tells binds, named and anonymous volumes apart', () => {
    expect(parseVolumeSpec('data:/data:ro')).toEqual({ source: 'data', target: '/data', type: 'volume' });
    expect(parseVolumeSpec('/srv:/data')).toEqual({ source: '/srv', target: '/data', type: 'bind' });
    expect(parseVolumeSpec('~/x:/data')).toEqual({ source: '~/x', target: '/data', type: 'bind' });
    expect(parseVolumeSpec('/data')).toEqual({ source: '', target: '/data', type: 'volume' });
    expect(parseVolumeSpec('c:/x:/y')).toEqual({ source: 'c:/x', target: '/y', type: 'bind' });
  });

  it('sends binds with sources and keeps lone paths as anonymous volumes, once each', () => {
    expect(parseVolumeFlags(['./site:/a:ro', 'data:/b', '/c', '/c', '../up:/d'], '/home/learner')).toEqual({
      binds: ['/home/learner/site:/a:ro', 'data:/b', '/home/up:/d'],
      volumes: ['/c'],
    });
  });
});
