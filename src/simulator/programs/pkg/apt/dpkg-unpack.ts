// dpkg's part of an install, as apt-get runs it: "Selecting previously unselected package",
// "Preparing to unpack .../NN-name_version_arch.deb", "Unpacking", then "Setting up" each and
// the triggers (libc-bin's ldconfig, ca-certificates). The package's files land in the layer:
// its programs (so the shell finds them), its libraries and data carrying its installed size,
// /usr/share/doc/<name>/copyright, and its record in /var/lib/dpkg/status.
import { appendText, sizeFor, writeData, writeProgram } from '../files.ts';
import type { PkgHost } from '../hook.ts';
import type { AptContext } from './apt-get.ts';
import { debFile, dpkgName } from './apt-format.ts';
import type { DebPackage } from './deb-table.ts';
import { databaseCount, recorded, STATUS, statusRecord } from './dpkg-db.ts';

const EXTERNALLY_MANAGED = (py: string) => `[externally-managed]
Error=To install Python packages system-wide, try apt install
 python3-xyz, where xyz is the package you are trying to
 install.
 
 If you wish to install a non-Debian-packaged Python package,
 create a virtual environment using python3 -m venv path/to/venv.
 Then use path/to/venv/bin/python to make sure you are using a
 non-Debian-packaged Python package.
 
 If you wish to install a non-Debian packaged Python application,
 it may be easiest to use pipx install xyz, which will manage a
 virtual environment for you. Make sure you have pipx installed.
 
 See /usr/share/doc/${py}/README.venv for more information.
`;

/** A library package's shared object: libcurl4t64 -> libcurl.so.4. */
function soPath(name: string): string | undefined {
  const m = /^(lib.*?)-?(\d[\d.]*)(t64)?$/.exec(name.replace(/t64$/, ''));
  return m ? `/usr/lib/x86_64-linux-gnu/${m[1]}.so.${m[2]}` : undefined;
}

function installFiles(host: PkgHost, p: DebPackage): void {
  const files = p.files.length ? p.files : [soPath(p.name) ?? `/usr/share/${p.name}/${p.name}.dat`];
  let rest = p.installed;
  files.slice(1).forEach((f) => {
    const size = Math.min(sizeFor(f, 20000, 400000), Math.floor(rest / 2));
    rest -= size;
    write(host, f, size);
  });
  write(host, files[0], Math.max(rest, 1));
  writeData(host, `/usr/share/doc/${p.name}/copyright`, `Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\nUpstream-Name: ${p.name}\n`);
}

function write(host: PkgHost, path: string, size: number): void {
  const py = /\/(python3\.\d+)\/EXTERNALLY-MANAGED$/.exec(path);
  if (py) writeData(host, path, EXTERNALLY_MANAGED(py[1]));
  else if (/\/s?bin\//.test(path)) writeProgram(host, path, size);
  else writeData(host, path, '', size);
}

function setupExtra(ctx: AptContext, p: DebPackage): void {
  if (p.name === 'ca-certificates') ctx.out(`Updating certificates in /etc/ssl/certs...\n${ctx.release.overlay.certs} added, 0 removed; done.\n`);
}

function triggers(ctx: AptContext, pkgs: DebPackage[]): void {
  if (pkgs.some((p) => p.multiArch)) ctx.out(`Processing triggers for libc-bin (${ctx.release.overlay.libc}) ...\n`);
  const ca = pkgs.find((p) => p.name === 'ca-certificates');
  if (ca) ctx.out(`Processing triggers for ca-certificates (${ca.version}) ...\nUpdating certificates in /etc/ssl/certs...\n0 added, 0 removed; done.\nRunning hooks in /etc/ca-certificates/update.d...\ndone.\n`);
}

export async function unpackAll(ctx: AptContext, pkgs: DebPackage[]): Promise<void> {
  const { host } = ctx;
  const count = databaseCount(ctx.release, recorded(host.fs));
  const width = String(pkgs.length).length;
  pkgs.forEach((p, i) => {
    ctx.out(`Selecting previously unselected package ${dpkgName(p)}.\n`);
    if (i === 0) ctx.out(`(Reading database ... ${count} files and directories currently installed.)\n`);
    const prefix = pkgs.length > 1 ? `${String(i).padStart(width, '0')}-` : '';
    ctx.out(`Preparing to unpack .../${prefix}${debFile(p)} ...\nUnpacking ${dpkgName(p)} (${p.version}) ...\n`);
    installFiles(host, p);
  });
  await host.work(40 * pkgs.length);
  for (const p of pkgs) {
    ctx.out(`Setting up ${dpkgName(p)} (${p.version}) ...\n`);
    setupExtra(ctx, p);
    appendText(host, STATUS, statusRecord(p));
  }
  triggers(ctx, pkgs);
  await host.work(20 * pkgs.length);
}
