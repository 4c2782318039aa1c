// What `apt-get install` would do: the packages asked for (name, name=version, name:amd64), the
// dependencies and recommends they pull in that are not installed yet, in the order dpkg unpacks
// them (dependencies first), and what apt reports about the rest.
import type { Vfs } from '../../../fs/types.ts';
import type { DebPackage, DebRelease } from './deb-table.ts';
import { haveLists, isInstalled, recorded } from './dpkg-db.ts';

export interface InstallPlan {
  /** Dependencies first. */
  install: DebPackage[];
  requested: Set<string>;
  /** Asked for but already installed. */
  newest: DebPackage[];
  missing: string[];
  /** name=version with a version the archive does not have. */
  badVersion?: { name: string; version: string };
  /** Recommends left out by --no-install-recommends. */
  recommended: string[];
  suggested: string[];
}

function parseArg(arg: string): { name: string; version?: string } {
  const [spec, version] = arg.split('=');
  return { name: spec.replace(/:(amd64|all|any)$/, ''), version };
}

/** Suggests as apt lists them: or-groups become "a" then "| b". */
function items(text: string): string[] {
  const words = text.split(' ').filter((w) => w !== '');
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) out.push(words[i] === '|' ? `| ${words[++i]}` : words[i]);
  return out;
}

function weakDeps(release: DebRelease, install: DebPackage[], installed: (p: DebPackage) => boolean, plan: Set<string>, recommends: boolean): { recommended: string[]; suggested: string[] } {
  const recommended: string[] = [];
  const suggested: string[] = [];
  for (const p of [...install].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    for (const r of recommends ? [] : p.recommends) {
      const rp = release.packages.get(r);
      if (!plan.has(r) && !(rp && installed(rp)) && !recommended.includes(r)) recommended.push(r);
    }
    for (const word of items(release.suggests[p.name] ?? '')) if (!suggested.includes(word)) suggested.push(word);
  }
  return { recommended, suggested };
}

export function planInstall(fs: Vfs, release: DebRelease, args: string[], recommends: boolean): InstallPlan {
  const db = recorded(fs);
  const lists = haveLists(fs);
  const installed = (p: DebPackage) => isInstalled(fs, p, db);
  const plan: InstallPlan = { install: [], requested: new Set(), newest: [], missing: [], recommended: [], suggested: [] };
  const seen = new Set<string>();
  const visit = (p: DebPackage) => {
    if (seen.has(p.name)) return;
    seen.add(p.name);
    for (const d of [...p.depends, ...(recommends ? p.recommends : [])]) {
      const dp = release.packages.get(d);
      if (dp && !installed(dp)) visit(dp);
    }
    plan.install.push(p);
  };
  for (const arg of args) {
    const { name, version } = parseArg(arg);
    const p = release.packages.get(name);
    if (p && installed(p) && (!version || version === p.version)) plan.newest.push(p);
    else if (!p || !lists) plan.missing.push(name);
    else if (version && version !== p.version) plan.badVersion ??= { name, version };
    else {
      plan.requested.add(p.name);
      visit(p);
    }
  }
  Object.assign(plan, weakDeps(release, plan.install, installed, seen, recommends));
  return plan;
}
