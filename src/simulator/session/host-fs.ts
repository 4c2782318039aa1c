// The learner's machine as files: a Debian 13 host named dockyard with the docker-ce packages,
// the learner's home (mode 0700, as Debian's adduser makes it) holding the lesson's files, and
// the programs the host can run as small marker files in /usr/bin. Plain JSON, in snapshots.
import { accounts, osRelease } from '../fs/rootfs-etc.ts';
import { createMemoryFs, emptyTree, type MemoryFs, type TreeDir } from '../fs/memory-fs.ts';
import { dirname } from '../fs/path.ts';

export const HOST_USER = 'learner';
export const HOST_NAME = 'dockyard';
export const HOME = '/home/learner';
export const LEARNER = { uid: 1000, gid: 1000 };
const DOCKER_GID = 988;

/** Programs on the host's PATH: what the shell implements, plus docker and its daemons. */
const PROGRAMS = `cat chmod cut ls ln mkdir rmdir rm touch cp mv head tail wc grep egrep fgrep sort uniq env printenv
hostname whoami id uname date sleep which ps clear echo printf test [ true false pwd kill bash dash rbash
sed find stat chown chgrp tee tr basename dirname
curl sudo systemctl docker dockerd containerd containerd-shim-runc-v2 runc`.split(/\s+/);

const ELF = '\x7fELF\x02\x01\x01';

function sizeOf(name: string): number {
  let h = 2166136261;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 16777619) >>> 0;
  return name.startsWith('docker') || name.startsWith('containerd') ? 30_000_000 + (h % 10_000_000) : 20_000 + (h % 1_200_000);
}

const HOSTS = `127.0.0.1\tlocalhost\n127.0.1.1\t${HOST_NAME}\n\n# The following lines are desirable for IPv6 capable hosts\n::1     localhost ip6-localhost ip6-loopback\nff02::1 ip6-allnodes\nff02::2 ip6-allrouters\n`;

function etc(fs: MemoryFs): void {
  const { passwd, group } = accounts({ family: 'debian', version: '13' });
  fs.writeFile('/etc/passwd', `${passwd}${HOST_USER}:x:1000:1000:Learner,,,:${HOME}:/bin/bash\n`);
  fs.writeFile('/etc/group', `${group}${HOST_USER}:x:1000:\ndocker:x:${DOCKER_GID}:${HOST_USER}\n`);
  fs.writeFile('/etc/hostname', `${HOST_NAME}\n`);
  fs.writeFile('/etc/hosts', HOSTS);
  fs.writeFile('/etc/resolv.conf', 'nameserver 10.0.2.3\n');
  fs.writeFile('/usr/lib/os-release', osRelease({ family: 'debian', version: '13' }) ?? '');
  fs.symlink('../usr/lib/os-release', '/etc/os-release');
  fs.writeFile('/etc/debian_version', '13.7\n');
  fs.writeFile('/etc/shells', '# /etc/shells: valid login shells\n/bin/sh\n/usr/bin/sh\n/bin/bash\n/usr/bin/bash\n/bin/rbash\n/usr/bin/rbash\n/bin/dash\n/usr/bin/dash\n');
}

function programs(fs: MemoryFs): void {
  for (const name of PROGRAMS) fs.writeFile(`/usr/bin/${name}`, ELF, { mode: 0o755 });
  fs.symlink('dash', '/usr/bin/sh');
  fs.writeFile('/usr/sbin/service', '#!/bin/sh\n', { mode: 0o755 });
}

/** Give the marker files their declared sizes (the tree stores them; writeFile cannot). */
function sizePrograms(tree: TreeDir): void {
  const usr = tree.children.usr;
  const bin = usr?.kind === 'dir' ? usr.children.bin : undefined;
  if (bin?.kind !== 'dir') return;
  for (const [name, node] of Object.entries(bin.children)) if (node.kind === 'file') node.size = sizeOf(name);
}

/** A fresh host at time `t`, with `files` (paths relative to the home directory) in place. */
export function newHostTree(t: number, files: Record<string, string> = {}): TreeDir {
  const tree = emptyTree(t);
  const root = createMemoryFs({ now: () => t, tree });
  for (const d of ['/usr/bin', '/usr/sbin', '/usr/lib', '/usr/local/bin', '/usr/share', '/etc', '/var/lib', '/var/log', '/opt', '/srv', '/mnt', '/media', '/home', '/run', '/dev']) root.mkdir(d, { recursive: true });
  for (const [link, target] of [['/bin', 'usr/bin'], ['/sbin', 'usr/sbin'], ['/lib', 'usr/lib']]) root.symlink(target, link);
  root.mkdir('/tmp', { mode: 0o1777 });
  root.mkdir('/var/tmp', { mode: 0o1777 });
  root.mkdir('/root', { mode: 0o700 });
  root.mkdir('/var/lib/docker', { mode: 0o710 });
  etc(root);
  programs(root);
  sizePrograms(tree);
  root.mkdir(HOME, { mode: 0o700 });
  root.chown(HOME, LEARNER.uid, LEARNER.gid);
  const home = createMemoryFs({ now: () => t, tree, user: LEARNER });
  for (const [rel, text] of Object.entries(files)) {
    const path = `${HOME}/${rel.replace(/^\/+/, '')}`;
    home.mkdir(dirname(path), { recursive: true });
    home.writeFile(path, text);
  }
  return tree;
}
