// `apt-get update`: fetch each source's InRelease and Packages index (Get:n lines with their
// sizes, "Fetched ... in 1s (... kB/s)"), leaving them in /var/lib/apt/lists; run again, the
// indexes are current and only "Hit:n" lines come back. -qq prints nothing.
import { writeData } from '../files.ts';
import type { AptContext } from './apt-get.ts';
import { aptSize, fetchedLine } from './apt-format.ts';
import { indexFiles } from './apt-sources.ts';
import { LISTS } from './dpkg-db.ts';

export async function aptUpdate(ctx: AptContext): Promise<number> {
  const { host, release } = ctx;
  const files = indexFiles(release.family, release.codename);
  const fresh = files.every((f) => host.fs.exists(`${LISTS}/${f.file}`));
  const print = ctx.opts.quiet < 2 ? ctx.out : () => undefined;
  let n = 0;
  let bytes = 0;
  for (const f of files) {
    if (fresh && !f.description.endsWith('InRelease')) continue;
    n++;
    if (fresh) {
      print(`Hit:${n} ${f.description}\n`);
      continue;
    }
    await host.work(f.size > 1000000 ? 400 : 60);
    print(`Get:${n} ${f.description} [${aptSize(f.size)}]\n`);
    bytes += f.size;
  }
  if (!fresh) {
    host.fs.mkdir(`${LISTS}/partial`, { recursive: true });
    host.fs.writeFile(`${LISTS}/lock`, '');
    for (const f of files) writeData(host, `${LISTS}/${f.file}`, '', f.onDisk);
    const ms = 1000 + Math.round(bytes / 8000);
    await host.work(200);
    print(fetchedLine(bytes, ms));
  } else await host.work(300);
  ctx.step('Reading package lists...');
  return 0;
}

