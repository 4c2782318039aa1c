// Image references as Docker parses them: github.com/distribution/reference's
// ParseNormalizedNamed (docker pull/push, the daemon), ParseDockerRef (default tag `latest`,
// a digest wins over a tag) and FamiliarString ('nginx:latest', 'user/app', 'localhost:5000/app').
// The grammar and every error text follow that package and go-digest; the code is our own.

/** A reference that failed to parse; `message` is Docker's exact text. */
export class InvalidReference extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidReference';
  }
}

export interface ParsedReference {
  /** Registry host (with port): 'docker.io', 'localhost:5000', 'mcr.microsoft.com'. */
  domain: string;
  /** Repository path within the registry: 'library/nginx', 'user/app'. */
  path: string;
  tag?: string;
  /** 'sha256:<64 hex>'. */
  digest?: string;
  /** The name as Docker prints it: 'nginx', 'user/app', 'localhost:5000/app'. */
  familiar: string;
  /** The fully qualified name: 'docker.io/library/nginx'. */
  full: string;
}

const DEFAULT_DOMAIN = 'docker.io';
const LEGACY_DEFAULT_DOMAIN = 'index.docker.io';
const OFFICIAL_PREFIX = 'library/';
const DEFAULT_TAG = 'latest';
const NAME_MAX = 255;

// The grammar of distribution/reference's regexp.go (RE2 there; these patterns have no
// constructs whose meaning differs between RE2 and JavaScript).
const alphanumeric = '[a-z0-9]+';
const separator = '(?:[._]|__|[-]+)';
const domainComponent = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const domainName = `${domainComponent}(?:\\.${domainComponent})*`;
const host = `(?:${domainName}|\\[(?:[a-fA-F0-9:]+)\\])`;
const domainAndPort = `${host}(?::[0-9]+)?`;
const tagPat = '[\\w][\\w.-]{0,127}';
const digestPat = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9A-Fa-f]{32,}';
const pathComponent = `${alphanumeric}(?:${separator}${alphanumeric})*`;
const remoteName = `${pathComponent}(?:/${pathComponent})*`;
const namePat = `(?:${domainAndPort}/)?${remoteName}`;

const REFERENCE = new RegExp(`^(${namePat})(?::(${tagPat}))?(?:@(${digestPat}))?$`);
const ANCHORED_NAME = new RegExp(`^(?:(${domainAndPort})/)?(${remoteName})$`);
const IDENTIFIER = /^[a-f0-9]{64}$/;
// go-digest: the loose digest shape, and the encodings of the algorithms it supports.
const DIGEST_LOOSE = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/;
const ALGORITHM_HEX_LENGTH: Record<string, number> = { sha256: 64, sha384: 96, sha512: 128 };

/** go-digest's Digest.Validate, as reference.Parse applies it to the part after '@'. */
function validateDigest(d: string): void {
  const i = d.indexOf(':');
  if (i <= 0 || i + 1 === d.length) throw new InvalidReference('invalid checksum digest format');
  const algorithm = d.slice(0, i);
  const encoded = d.slice(i + 1);
  const length = ALGORITHM_HEX_LENGTH[algorithm];
  if (length === undefined) {
    throw new InvalidReference(DIGEST_LOOSE.test(d) ? 'unsupported digest algorithm' : 'invalid checksum digest format');
  }
  if (encoded.length !== length) throw new InvalidReference('invalid checksum digest length');
  if (!/^[a-f0-9]+$/.test(encoded)) throw new InvalidReference('invalid checksum digest format');
}

/** reference.Parse over an already-qualified string. */
function parseQualified(s: string): { domain: string; path: string; tag?: string; digest?: string } {
  const m = REFERENCE.exec(s);
  if (!m) {
    if (s === '') throw new InvalidReference('repository name must have at least one component');
    if (REFERENCE.test(s.toLowerCase())) throw new InvalidReference('repository name must be lowercase');
    throw new InvalidReference('invalid reference format');
  }
  const name = ANCHORED_NAME.exec(m[1]);
  const domain = name?.[1] ?? '';
  const path = name ? name[2] : m[1];
  if (path.length > NAME_MAX) {
    throw new InvalidReference(`repository name must not be more than ${NAME_MAX} characters`);
  }
  if (m[3]) validateDigest(m[3]);
  return { domain, path, tag: m[2] || undefined, digest: m[3] || undefined };
}

/** splitDockerDomain: the registry part of a familiar name, 'library/' for official images. */
function splitDockerDomain(name: string): [string, string] {
  const slash = name.indexOf('/');
  if (slash === -1) return [DEFAULT_DOMAIN, OFFICIAL_PREFIX + name];
  const maybeDomain = name.slice(0, slash);
  const rest = name.slice(slash + 1);
  let domain = maybeDomain;
  let remote = rest;
  // The order of Docker's switch matters: index.docker.io contains '.' but means Docker Hub.
  if (maybeDomain === 'localhost') {
    // a registry on this machine
  } else if (maybeDomain === LEGACY_DEFAULT_DOMAIN) {
    domain = DEFAULT_DOMAIN;
  } else if (/[.:]/.test(maybeDomain) || maybeDomain.toLowerCase() !== maybeDomain) {
    // a host name, a port, or capitals (which no Hub user name can have)
  } else {
    [domain, remote] = [DEFAULT_DOMAIN, name];
  }
  if (domain === DEFAULT_DOMAIN && !remote.includes('/')) remote = OFFICIAL_PREFIX + remote;
  return [domain, remote];
}

function familiarName(domain: string, path: string): string {
  if (domain !== DEFAULT_DOMAIN) return `${domain}/${path}`;
  if (path.startsWith(OFFICIAL_PREFIX)) {
    const rest = path.slice(OFFICIAL_PREFIX.length);
    if (!rest.includes('/')) return rest;
  }
  return path;
}

/**
 * ParseNormalizedNamed: 'nginx' -> docker.io/library/nginx (no tag added). Throws
 * InvalidReference with Docker's message, e.g. `invalid reference format: repository name
 * (library/Nginx) must be lowercase`.
 */
export function parseReference(text: string): ParsedReference {
  if (IDENTIFIER.test(text)) {
    throw new InvalidReference(`invalid repository name (${text}), cannot specify 64-byte hexadecimal strings`);
  }
  const [domain, remainder] = splitDockerDomain(text);
  const colon = remainder.indexOf(':');
  const remote = colon === -1 ? remainder : remainder.slice(0, colon);
  if (remote.toLowerCase() !== remote) {
    throw new InvalidReference(`invalid reference format: repository name (${remote}) must be lowercase`);
  }
  const p = parseQualified(`${domain}/${remainder}`);
  const out: ParsedReference = {
    domain: p.domain,
    path: p.path,
    familiar: familiarName(p.domain, p.path),
    full: `${p.domain}/${p.path}`,
  };
  if (p.tag !== undefined) out.tag = p.tag;
  if (p.digest !== undefined) out.digest = p.digest;
  return out;
}

/** ParseDockerRef: a name alone gets the `latest` tag; with both tag and digest the tag is dropped. */
export function dockerRef(ref: ParsedReference): ParsedReference {
  if (ref.digest) {
    const out = { ...ref };
    delete out.tag;
    return out;
  }
  return ref.tag === undefined ? { ...ref, tag: DEFAULT_TAG } : ref;
}

export function parseDockerRef(text: string): ParsedReference {
  return dockerRef(parseReference(text));
}

/** FamiliarString: 'nginx:1.27-alpine', 'user/app', 'nginx@sha256:...', 'nginx:tag@sha256:...'. */
export function familiarString(ref: ParsedReference): string {
  return `${ref.familiar}${ref.tag !== undefined ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}

/** The form Docker prints in "Status: Downloaded newer image for nginx:latest" (digest pulls: name@digest). */
export function familiarWithTag(ref: ParsedReference): string {
  return familiarString(dockerRef(ref));
}

/** The fully qualified form: 'docker.io/library/nginx:latest'. */
export function fullString(ref: ParsedReference): string {
  return `${ref.full}${ref.tag !== undefined ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}

/**
 * ParseAnyReference, as `docker run`/`create` use it: a bare 64-hex string is an image id
 * ('sha256:<hex>'), anything else a named reference.
 */
export function parseAnyReference(text: string): ParsedReference | { id: string } {
  if (IDENTIFIER.test(text)) return { id: `sha256:${text}` };
  try {
    validateDigest(text);
    return { id: text };
  } catch {
    return parseReference(text);
  }
}
