// Short syntaxes: ports (go-connections nat + compose-go ParsePortConfig), volumes
// (compose-go format.ParseVolume) and command strings (go-shellwords).
import { describe, expect, it } from 'vitest';
import { parsePortConfig } from './ports.ts';
import { shellwords } from './shellwords.ts';
import { parseVolumeSpec } from './volume-spec.ts';

describe('parsePortConfig', () => {
  it('expands the common forms', () => {
    expect(parsePortConfig('80')).toEqual([{ mode: 'ingress', target: 80, protocol: 'tcp' }]);
    expect(parsePortConfig('8080:80')).toEqual([{ mode: 'ingress', target: 80, published: '8080', protocol: 'tcp' }]);
    expect(parsePortConfig('127.0.0.1:5432:5432')).toEqual([{ mode: 'ingress', host_ip: '127.0.0.1', target: 5432, published: '5432', protocol: 'tcp' }]);
    expect(parsePortConfig('53:53/UDP')).toEqual([{ mode: 'ingress', target: 53, published: '53', protocol: 'udp' }]);
    expect(parsePortConfig('[::1]:80:80')).toEqual([{ mode: 'ingress', host_ip: '::1', target: 80, published: '80', protocol: 'tcp' }]);
  });

  it('expands ranges, ordered as sorted "port/proto" strings', () => {
    expect(parsePortConfig('9-11:9-11').map((p) => p.target)).toEqual([10, 11, 9]);
    expect(parsePortConfig('8000-8001:80')).toEqual([{ mode: 'ingress', target: 80, published: '8000-8001', protocol: 'tcp' }]);
  });

  it('fails with nat.ParsePortSpec texts', () => {
    expect(() => parsePortConfig('abc')).toThrow('invalid containerPort: abc');
    expect(() => parsePortConfig('x:80')).toThrow('invalid hostPort: x');
    expect(() => parsePortConfig('80/icmp')).toThrow('invalid proto: icmp');
    expect(() => parsePortConfig('1.2.3:80:80')).toThrow('invalid IP address: 1.2.3');
    expect(() => parsePortConfig('8080:')).toThrow('no port specified: 8080:<empty>');
    expect(() => parsePortConfig('1-3:1-2')).toThrow('invalid ranges specified for container and host Ports: 1-2 and 1-3');
    expect(() => parsePortConfig('70000')).toThrow('invalid containerPort: 70000');
  });
});

describe('parseVolumeSpec', () => {
  it('tells binds from named volumes', () => {
    expect(parseVolumeSpec('db-data:/var/lib/postgresql/data')).toEqual({ type: 'volume', source: 'db-data', target: '/var/lib/postgresql/data', readOnly: false, volume: {} });
    expect(parseVolumeSpec('./html:/usr/share/nginx/html:ro')).toEqual({
      type: 'bind', source: './html', target: '/usr/share/nginx/html', readOnly: true, bind: { createHostPath: true },
    });
    expect(parseVolumeSpec('/data')).toEqual({ type: 'volume', source: '', target: '/data', readOnly: false, volume: {} });
    expect(parseVolumeSpec('~/.ssh:/root/.ssh:ro,z')).toEqual({
      type: 'bind', source: '~/.ssh', target: '/root/.ssh', readOnly: true, bind: { selinux: 'z', createHostPath: true },
    });
    expect(parseVolumeSpec('${DATA_DIR:-./data}:/data').source).toBe('${DATA_DIR:-./data}');
  });

  it('rejects malformed specs', () => {
    expect(() => parseVolumeSpec('data::/x')).toThrow('invalid spec: data::/x: empty section between colons');
    expect(parseVolumeSpec('c::d').source).toBe('c:'); // a one-letter section before ':' reads as a drive letter
    expect(() => parseVolumeSpec('vol:/x:ro:extra')).toThrow('invalid spec: vol:/x:ro:extra: too many colons');
  });
});

describe('shellwords', () => {
  it('splits as go-shellwords does', () => {
    expect(shellwords('npm run dev -- --host 0.0.0.0')).toEqual(['npm', 'run', 'dev', '--', '--host', '0.0.0.0']);
    expect(shellwords(`sh -c "echo 'hi there' && sleep 1"`)).toEqual(['sh', '-c', "echo 'hi there' && sleep 1"]);
    expect(shellwords(`echo '' a\\ b "x\\"y"`)).toEqual(['echo', '', 'a b', 'x"y']);
  });

  it('stops at an unquoted ; & | < > and fails on unbalanced quotes', () => {
    expect(shellwords('echo a && echo b')).toEqual(['echo', 'a']);
    expect(shellwords('run 2>&1')).toEqual(['run']);
    expect(() => shellwords('echo "open')).toThrow('invalid command line string');
  });
});
