// Which distribution a filesystem is: /etc/os-release's ID, VERSION_CODENAME and VERSION_ID,
// as apt and apk read them to pick their mirrors and suites.
import type { Vfs } from '../../fs/types.ts';
import { readText } from './files.ts';

export interface OsRelease {
  id: string;
  /** trixie, bookworm, noble ... ('' on alpine). */
  codename: string;
  /** 13, 24.04, 3.24.1 */
  versionId: string;
}

export function osRelease(fs: Vfs): OsRelease {
  const text = readText(fs, '/etc/os-release') ?? readText(fs, '/usr/lib/os-release') ?? '';
  const field = (name: string) => new RegExp(`^${name}=(.*)$`, 'm').exec(text)?.[1]?.replace(/^"|"$/g, '') ?? '';
  return { id: field('ID'), codename: field('VERSION_CODENAME'), versionId: field('VERSION_ID') };
}
