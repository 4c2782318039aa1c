// Client-side option handling docker exec shares with attach and start: env files read as
// kvfile.Parse reads them (its errors returned as they are, exit 1), and --detach-keys checked
// as moby/term's ToBytes parses them.
import { CliError } from '../../../errors/cli-error.ts';

/** kvfile.Parse: KEY=value lines, `#` comments, a bare KEY taken from `lookup` when set. */
export function parseEnvFile(path: string, text: string | undefined, lookup: Record<string, string>): string[] {
  if (text === undefined) throw new CliError(`open ${path}: no such file or directory`, 1);
  const out: string[] = [];
  for (const raw of text.replace(/^\uFEFF/, '').split('\n')) {
    const line = raw.replace(/^\s+/, '').replace(/\r$/, '');
    if (line === '' || line.startsWith('#')) continue;
    const key = line.split('=')[0];
    if (key === '') throw new CliError(`invalid env file (${path}): no variable name on line '${line}'`, 1);
    if (/[ \t]/.test(key)) throw new CliError(`invalid env file (${path}): variable '${key}' contains whitespaces`, 1);
    if (line.includes('=')) out.push(line);
    else if (lookup[key] !== undefined) out.push(`${key}=${lookup[key]}`);
  }
  return out;
}

const CTRL = ['@', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z', '[', '\\', ']', '^', '_'];

/** validateDetachKeys: each comma-separated key is one character, ctrl-<x> or DEL. */
export function validateDetachKeys(keys: string): void {
  if (keys === '') return;
  for (const key of keys.split(',')) {
    if (key.length === 1 || key === 'DEL' || CTRL.some((c) => key === `ctrl-${c}`)) continue;
    throw new CliError(`invalid detach keys (${keys}): Unknown character: '${key}'`, 1);
  }
}
