// What the network programs (curl, wget, ping) need from where they run: the HTTP route of the
// host or of their container, name lookup as that machine resolves names, which addresses
// answer ICMP, the machine's files for -o / saved downloads, and the clock for ping's pauses.
import type { HttpOutcome, HttpRequestOptions } from '../../engine/http/types.ts';
import type { Vfs } from '../../fs/types.ts';

export interface NetEnv {
  /** One HTTP request as this machine's client makes it; `userAgent` replaces curl's. */
  request(url: string, opts: HttpRequestOptions, userAgent?: string): HttpOutcome;
  /** The IPv4 address `name` stands for here (numbers are themselves); undefined: unknown. */
  lookup(name: string): string | undefined;
  /** `ip` answers a ping from here. */
  reachable(ip: string): boolean;
  fs: Vfs;
  /** Let `ms` pass; 'interrupted' when the learner pressed Ctrl+C. */
  wait(ms: number): Promise<'elapsed' | 'interrupted'>;
  randInt(n: number): number;
}

/** `path` relative to `cwd`. */
export function resolvePath(cwd: string, path: string): string {
  return path.startsWith('/') ? path : `${cwd.replace(/\/$/, '')}/${path}`;
}
