// Where apt fetches its indexes from, per distribution (deb.debian.org and its security archive;
// archive.ubuntu.com and security.ubuntu.com), the index files `apt-get update` leaves in
// /var/lib/apt/lists (named as apt names them: URI with '/' turned into '_'), and their sizes.

export interface IndexFile {
  /** What apt prints after Get:/Hit: ("http://deb.debian.org/debian trixie InRelease"). */
  description: string;
  /** Bytes downloaded. */
  size: number;
  /** The file in /var/lib/apt/lists. */
  file: string;
  /** Bytes on disk there. */
  onDisk: number;
}

function listName(base: string, path: string): string {
  return `${base.replace(/^http:\/\//, '').replace(/\//g, '_')}_${path.replace(/\//g, '_')}`;
}

function release(base: string, suite: string, size: number): IndexFile {
  return { description: `${base} ${suite} InRelease`, size, file: listName(base, `dists/${suite}/InRelease`), onDisk: size };
}

function packages(base: string, suite: string, component: string, size: number, suffix: string): IndexFile {
  const file = listName(base, `dists/${suite}/${component}/binary-amd64/Packages`) + suffix;
  // lz4 keeps about half of what xz fetched packed that tight; uncompressed lists are ~5x.
  return { description: `${base} ${suite}/${component} amd64 Packages`, size, file, onDisk: suffix ? size * 2 : size * 5 };
}

function debian(c: string): IndexFile[] {
  const deb = 'http://deb.debian.org/debian';
  const sec = 'http://deb.debian.org/debian-security';
  const bookworm = c === 'bookworm';
  return [
    release(deb, c, bookworm ? 151000 : 140000),
    release(deb, `${c}-updates`, bookworm ? 55400 : 47300),
    release(sec, `${c}-security`, bookworm ? 48000 : 43400),
    packages(deb, c, 'main', bookworm ? 8793000 : 9670000, '.lz4'),
    packages(deb, `${c}-updates`, 'main', bookworm ? 6924 : 5412, '.lz4'),
    packages(sec, `${c}-security`, 'main', bookworm ? 277000 : 70100, '.lz4'),
  ];
}

function ubuntu(c: string): IndexFile[] {
  const arch = 'http://archive.ubuntu.com/ubuntu';
  const sec = 'http://security.ubuntu.com/ubuntu';
  return [
    release(arch, c, 256000),
    release(sec, `${c}-security`, 126000),
    release(arch, `${c}-updates`, 126000),
    release(arch, `${c}-backports`, 126000),
    packages(arch, c, 'universe', 19300000, ''),
    packages(sec, `${c}-security`, 'main', 1579000, ''),
    packages(arch, c, 'main', 1808000, ''),
    packages(arch, c, 'multiverse', 331000, ''),
    packages(arch, c, 'restricted', 117000, ''),
    packages(sec, `${c}-security`, 'universe', 1139000, ''),
    packages(arch, `${c}-updates`, 'main', 1912000, ''),
    packages(arch, `${c}-updates`, 'universe', 1513000, ''),
    packages(arch, `${c}-backports`, 'universe', 33900, ''),
  ];
}

export function indexFiles(family: 'debian' | 'ubuntu', codename: string): IndexFile[] {
  return family === 'ubuntu' ? ubuntu(codename) : debian(codename);
}

/** The mirror and suite a package comes from, as its Get: line names them. */
export function archiveOf(family: 'debian' | 'ubuntu', codename: string, version: string, component: string): string {
  if (family === 'debian') return `http://deb.debian.org/debian ${codename}/${component}`;
  const updated = /ubuntu0\.|~\d\d\.\d\d|ubuntu\d+\.\d+|build\d+\.\d+/.test(version);
  return `http://archive.ubuntu.com/ubuntu ${updated ? `${codename}-updates` : codename}/${component}`;
}
