// What a stage's steps read besides its own files: whether a step needs the build context
// (COPY without --from, ADD of local files, a RUN bind mount of the context), and ADD's URLs,
// each fetched by BuildKit's HTTP source in a vertex named like the step (checked against
// --checksum when given).
import type { Engine } from '../../engine/engine.ts';
import type { Instruction } from '../parse/ast.ts';
import { download, type Download } from './add-url.ts';
import { mountKind } from './graph.ts';
import type { Progress } from './progress.ts';
import { lines, StepError } from './step-base.ts';

const isUrl = (s: string): boolean => /^https?:\/\//i.test(s);

export function needsContext(i: Instruction): boolean {
  if (i.kind === 'COPY') return !i.from && i.sources.length > 0;
  if (i.kind === 'ADD') return i.sources.some((s) => !isUrl(s));
  if (i.kind === 'RUN') return i.mounts.some((m) => mountKind(m).type === 'bind' && mountKind(m).from === '');
  return false;
}

/** ADD --checksum's checks at dispatch (digest.Parse and dispatchCopy's rules). */
function checkChecksum(i: Extract<Instruction, { kind: 'ADD' }>): void {
  if (!i.checksum) return;
  const fail = (msg: string) => new StepError(msg, msg, lines(i));
  if (i.sources.length !== 1) throw fail("checksum can't be specified for multiple sources");
  if (!isUrl(i.sources[0])) throw fail('checksum requires HTTP(S) or Git sources');
  const m = /^([a-z0-9]+(?:[.+_-][a-z0-9]+)*):(.*)$/.exec(i.checksum);
  if (!m) throw fail('invalid checksum digest format');
  if (!['sha256', 'sha384', 'sha512'].includes(m[1])) throw fail('unsupported digest algorithm');
  const len = { sha256: 64, sha384: 96, sha512: 128 }[m[1] as 'sha256'];
  if (!/^[a-f0-9]*$/.test(m[2])) throw fail('invalid checksum digest format');
  if (m[2].length !== len) throw fail('invalid checksum digest length');
}

/** Fetch the URL sources of an ADD (already expanded), each in its own vertex named `name`. */
export function fetchUrls(engine: Engine, progress: Progress, i: Extract<Instruction, { kind: 'ADD' }>, name: string, nameserver: string): Download[] {
  checkChecksum(i);
  const out: Download[] = [];
  for (const url of i.sources.filter(isUrl)) {
    const n = progress.vertex(name);
    const start = engine.now();
    let d: Download;
    try {
      d = download(engine, url, nameserver);
      if (i.checksum && i.checksum.startsWith('sha256:') && d.digest !== i.checksum) {
        throw new Error(`digest mismatch for ${url}: ${d.digest} (expected: ${i.checksum})`);
      }
    } catch (e) {
      engine.advance(100);
      const msg = (e as Error).message;
      progress.error(n, msg);
      throw new StepError(msg, `failed to load cache key: ${msg}`, []);
    }
    engine.advance(200 + engine.randInt(200));
    progress.done(n, engine.now() - start);
    out.push(d);
  }
  return out;
}
