// Image references as the daemon normalises them, on top of util/reference.ts's parser:
// the familiar forms Docker prints ('nginx:latest', 'user/app:v1', 'localhost:5000/app:latest').
import { parseReference } from '../util/reference.ts';

export interface Ref {
  domain: string;
  /** Repository path within the registry: 'library/nginx', 'user/app'. */
  path: string;
  tag?: string;
  /** Whether the reference named a tag (else `latest` was assumed, or a digest given). */
  tagGiven: boolean;
  digest?: string;
  /** 'nginx', 'user/app', 'localhost:5000/app'. */
  familiarName: string;
  /** familiarName plus the tag (default latest): 'nginx:latest'. */
  familiarTagged: string;
  /** 'docker.io/library/nginx:latest' (or @digest). */
  full: string;
}

/** Parse a reference; undefined when it is not a valid reference (the caller decides the error). */
export function parseRef(text: string): Ref | undefined {
  try {
    return toRef(parseReference(text));
  } catch {
    return undefined;
  }
}

/** Parse a reference or throw the parser's error carrying Docker's message. */
export function parseRefStrict(text: string): Ref {
  return toRef(parseReference(text));
}

function toRef(p: { domain: string; path: string; tag?: string; digest?: string; familiar: string }): Ref {
  const tag = p.tag ?? (p.digest ? undefined : 'latest');
  const familiarTagged = p.digest && !p.tag ? `${p.familiar}@${p.digest}` : `${p.familiar}:${tag}`;
  const full = `${p.domain}/${p.path}${p.tag || !p.digest ? `:${tag}` : ''}${p.digest ? `@${p.digest}` : ''}`;
  return { domain: p.domain, path: p.path, tag, tagGiven: p.tag !== undefined, digest: p.digest, familiarName: p.familiar, familiarTagged, full };
}
