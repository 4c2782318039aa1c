// image-rootfs: generated base layers look like the real images and are shared, not rebuilt.
import { describe, expect, it } from 'vitest';
import { imageRootfs, filesLayer } from './image-rootfs.ts';
import { createUnionFs } from './union-fs.ts';

const fsOf = (...layers: ReturnType<typeof imageRootfs>[]) => createUnionFs({ layers, now: () => 0 });

describe('image-rootfs', () => {
  it('debian 13 has the exact os-release of debuerreotype, via the usr/lib symlink', () => {
    const fs = fsOf(imageRootfs({ family: 'debian', version: '13' }));
    expect(fs.readFile('/etc/os-release')).toBe("PRETTY_NAME=\"Debian GNU/Linux 13 (trixie)\"\nNAME=\"Debian GNU/Linux\"\nVERSION_ID=\"13\"\nVERSION=\"13 (trixie)\"\nVERSION_CODENAME=trixie\nDEBIAN_VERSION_FULL=13.7\nID=debian\nHOME_URL=\"https://www.debian.org/\"\nSUPPORT_URL=\"https://www.debian.org/support\"\nBUG_REPORT_URL=\"https://bugs.debian.org/\"\n");
    expect(fs.readlink('/etc/os-release')).toBe('../usr/lib/os-release');
    expect(fs.readdir('/')).toEqual(['bin', 'boot', 'dev', 'etc', 'home', 'lib', 'lib64', 'media', 'mnt', 'opt', 'proc', 'root', 'run', 'sbin', 'srv', 'sys', 'tmp', 'usr', 'var']);
    expect(fs.readFile('/etc/passwd').split('\n')[0]).toBe('root:x:0:0:root:/root:/bin/bash');
    expect(fs.stat('/bin/bash')).toMatchObject({ kind: 'file', mode: 0o755 });
    expect(fs.exists('/usr/bin/curl')).toBe(false);
    expect(fs.stat('/tmp').mode).toBe(0o1777);
    expect(fs.stat('/root').mode).toBe(0o700);
  });

  it('ubuntu 24.04 says so, with its merged-usr markers and ubuntu user', () => {
    const fs = fsOf(imageRootfs({ family: 'ubuntu', version: '24.04' }));
    expect(fs.readFile('/etc/os-release').split('\n').slice(0, 7)).toEqual([
      'PRETTY_NAME="Ubuntu 24.04.3 LTS"', 'NAME="Ubuntu"', 'VERSION_ID="24.04"', 'VERSION="24.04.3 LTS (Noble Numbat)"',
      'VERSION_CODENAME=noble', 'ID=ubuntu', 'ID_LIKE=debian',
    ]);
    expect(fs.readdir('/')).toContain('bin.usr-is-merged');
    expect(fs.stat('/home/ubuntu')).toMatchObject({ uid: 1000, mode: 0o750 });
  });

  it('alpine runs busybox applets through symlinks and has no bash', () => {
    const fs = fsOf(imageRootfs({ family: 'alpine', version: '3.24.1', tools: ['curl'] }));
    expect(fs.readFile('/etc/os-release')).toBe('NAME="Alpine Linux"\nID=alpine\nVERSION_ID=3.24.1\nPRETTY_NAME="Alpine Linux v3.24"\nHOME_URL="https://alpinelinux.org/"\nBUG_REPORT_URL="https://gitlab.alpinelinux.org/alpine/aports/-/issues"\n');
    expect(fs.readlink('/bin/ls')).toBe('/bin/busybox');
    expect(fs.realpath('/bin/sh')).toBe('/bin/busybox');
    expect(fs.exists('/bin/bash')).toBe(false);
    expect(fs.exists('/usr/bin/curl')).toBe(true);
  });

  it('busybox has hard-linked applets and no os-release', () => {
    const fs = fsOf(imageRootfs({ family: 'busybox' }));
    expect(fs.exists('/etc/os-release')).toBe(false);
    expect(fs.lstat('/bin/ls')).toMatchObject({ kind: 'file', nlink: 412, size: 1133936 });
    expect(fs.readdir('/bin')).toHaveLength(412);
  });

  it('caches layers by description and layers app files on top', () => {
    expect(imageRootfs({ family: 'debian', version: '13' })).toBe(imageRootfs({ family: 'debian', version: '13' }));
    const fs = fsOf(imageRootfs({ family: 'debian', version: '13' }), filesLayer({ '/usr/share/nginx/html/index.html': '<h1>Welcome</h1>\n' }));
    expect(fs.readdir('/usr/share/nginx/html')).toEqual(['index.html']);
    expect(fs.exists('/usr/bin/ls')).toBe(true);
    expect(Object.keys(imageRootfs({ family: 'scratch' }).entries)).toEqual(['/']);
  });
});
