// `apt-get remove` / `purge`: the packages apt-get installed (or an image shipped) go, with their
// programs; what nothing else asked for stays (apt would suggest `apt autoremove`, not modelled).
import type { AptContext } from './apt-get.ts';
import { aptSize, dpkgName, showList } from './apt-format.ts';
import type { DebPackage } from './deb-table.ts';
import { databaseCount, isInstalled, recorded, removeRecord, STATUS } from './dpkg-db.ts';
import { readText } from '../files.ts';

export async function aptRemove(ctx: AptContext, purge: boolean): Promise<number> {
  const { host, release } = ctx;
  const db = recorded(host.fs);
  const remove: DebPackage[] = [];
  ctx.step('Reading package lists...');
  ctx.step('Building dependency tree...');
  ctx.step('Reading state information...');
  for (const name of ctx.opts.packages) {
    const p = release.packages.get(name);
    if (!p && !db.has(name)) {
      ctx.err(`E: Unable to locate package ${name}\n`);
      return 100;
    }
    if (p && isInstalled(host.fs, p, db)) remove.push(p);
    else ctx.out(`Package '${name}' is not installed, so not removed\n`);
  }
  if (remove.length === 0) {
    ctx.out('0 upgraded, 0 newly installed, 0 to remove and 0 not upgraded.\n');
    return 0;
  }
  ctx.out(showList('The following packages will be REMOVED:', remove.map((p) => (purge ? `${p.name}*` : p.name)).sort()));
  ctx.out(`0 upgraded, 0 newly installed, ${remove.length} to remove and 0 not upgraded.\n`);
  ctx.out(`After this operation, ${aptSize(remove.reduce((n, p) => n + p.installed, 0))} disk space will be freed.\n`);
  ctx.out(`(Reading database ... ${databaseCount(release, db)} files and directories currently installed.)\n`);
  let status = readText(host.fs, STATUS) ?? '';
  for (const p of remove) {
    ctx.out(`Removing ${dpkgName(p)} (${p.version}) ...\n`);
    for (const f of p.files) if (host.fs.exists(f)) host.fs.rm(f, { force: true });
    status = removeRecord(status, p.name);
  }
  if (host.fs.exists(STATUS)) host.fs.writeFile(STATUS, status);
  await host.work(50 * remove.length);
  return 0;
}
