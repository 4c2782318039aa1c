// `apt-get install`: apt's report (additional, suggested, recommended and NEW packages, the
// counts and sizes), the [Y/n] question when it pulls in more than was asked, the downloads
// (Get:n ... [size], Fetched), then dpkg unpacking and setting up each package, and its triggers.
// Errors as apt prints them: E: Unable to locate package (no `apt-get update` yet, or a name the
// archive does not have), E: Version '...' for '...' was not found. Exit 100.
import type { AptContext } from './apt-get.ts';
import { aptSize, fetchedLine, showList } from './apt-format.ts';
import { planInstall, type InstallPlan } from './apt-plan.ts';
import { archiveOf } from './apt-sources.ts';
import { confirm } from './confirm.ts';
import { unpackAll } from './dpkg-unpack.ts';

function report(ctx: AptContext, plan: InstallPlan): void {
  const sorted = (names: string[]) => [...names].sort();
  for (const p of plan.newest) ctx.out(`${p.name} is already the newest version (${p.version}).\n`);
  if (ctx.opts.quiet >= 2) return;
  const names = plan.install.map((p) => p.name);
  ctx.out(showList('The following additional packages will be installed:', sorted(names.filter((n) => !plan.requested.has(n)))));
  ctx.out(showList('Suggested packages:', plan.suggested));
  ctx.out(showList('Recommended packages:', plan.recommended));
  ctx.out(showList('The following NEW packages will be installed:', sorted(names)));
  ctx.out(`0 upgraded, ${names.length} newly installed, 0 to remove and 0 not upgraded.\n`);
}

async function download(ctx: AptContext, plan: InstallPlan): Promise<void> {
  const { release } = ctx;
  let bytes = 0;
  plan.install.forEach((p, i) => {
    const from = archiveOf(release.family, release.codename, p.version, p.component);
    if (ctx.opts.quiet < 2) ctx.out(`Get:${i + 1} ${from} amd64 ${p.name} ${p.all ? 'all' : 'amd64'} ${p.version} [${aptSize(p.download)}]\n`);
    bytes += p.download;
  });
  const ms = Math.round(bytes / 25000);
  await ctx.host.work(ms + 100);
  // Debian's images have no apt-utils: debconf cannot pre-configure what it installs.
  if (plan.install.some((p) => p.name === 'ca-certificates' || p.name === 'tzdata' || p.name.startsWith('krb5'))) ctx.err('debconf: delaying package configuration, since apt-utils is not installed\n');
  if (ctx.opts.quiet < 2) ctx.out(fetchedLine(bytes, ms));
}

export async function aptInstall(ctx: AptContext): Promise<number> {
  const plan = planInstall(ctx.host.fs, ctx.release, ctx.opts.packages, ctx.opts.recommends);
  ctx.step('Reading package lists...');
  ctx.step('Building dependency tree...');
  ctx.step('Reading state information...');
  if (plan.missing.length || plan.badVersion) {
    for (const name of plan.missing) ctx.err(`E: Unable to locate package ${name}\n`);
    if (plan.badVersion && !plan.missing.length) ctx.err(`E: Version '${plan.badVersion.version}' for '${plan.badVersion.name}' was not found\n`);
    return 100;
  }
  report(ctx, plan);
  if (plan.install.length === 0) return 0;
  const dl = plan.install.reduce((n, p) => n + p.download, 0);
  const inst = plan.install.reduce((n, p) => n + p.installed, 0);
  if (ctx.opts.quiet < 2) ctx.out(`Need to get ${aptSize(dl)} of archives.\nAfter this operation, ${aptSize(inst)} of additional disk space will be used.\n`);
  if (plan.install.length > plan.requested.size && !(await confirm(ctx))) return 1;
  await download(ctx, plan);
  await unpackAll(ctx, plan.install);
  return 0;
}
