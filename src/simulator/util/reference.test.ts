import { describe, expect, it } from 'vitest';
import {
  InvalidReference,
  familiarString,
  familiarWithTag,
  fullString,
  parseAnyReference,
  parseDockerRef,
  parseReference,
} from './reference.ts';

const HEX = 'a'.repeat(32) + '0123456789abcdef'.repeat(2);

function errorOf(text: string): string {
  try {
    parseReference(text);
  } catch (e) {
    expect(e).toBeInstanceOf(InvalidReference);
    return (e as Error).message;
  }
  throw new Error(`expected ${text} to fail`);
}

describe('parseReference (ParseNormalizedNamed)', () => {
  it.each([
    ['nginx', 'docker.io', 'library/nginx', undefined, 'nginx'],
    ['nginx:1.27-alpine', 'docker.io', 'library/nginx', '1.27-alpine', 'nginx'],
    ['library/nginx', 'docker.io', 'library/nginx', undefined, 'nginx'],
    ['docker.io/library/nginx:latest', 'docker.io', 'library/nginx', 'latest', 'nginx'],
    ['docker.io/nginx', 'docker.io', 'library/nginx', undefined, 'nginx'],
    ['index.docker.io/library/nginx', 'docker.io', 'library/nginx', undefined, 'nginx'],
    ['user/app', 'docker.io', 'user/app', undefined, 'user/app'],
    ['grafana/grafana:12.4.1', 'docker.io', 'grafana/grafana', '12.4.1', 'grafana/grafana'],
    ['library/a/b', 'docker.io', 'library/a/b', undefined, 'library/a/b'],
    ['localhost/app', 'localhost', 'app', undefined, 'localhost/app'],
    ['localhost:5000/app', 'localhost:5000', 'app', undefined, 'localhost:5000/app'],
    ['myregistry.example.com:5000/team/app:v1', 'myregistry.example.com:5000', 'team/app', 'v1', 'myregistry.example.com:5000/team/app'],
    ['mcr.microsoft.com/dotnet/sdk:10.0', 'mcr.microsoft.com', 'dotnet/sdk', '10.0', 'mcr.microsoft.com/dotnet/sdk'],
    ['[::1]:5000/app', '[::1]:5000', 'app', undefined, '[::1]:5000/app'],
    // A capitalised first component is taken for a registry host, as Docker does.
    ['Registry/app', 'Registry', 'app', undefined, 'Registry/app'],
  ])('%s', (text, domain, path, tag, familiar) => {
    const r = parseReference(text);
    expect(r.domain).toBe(domain);
    expect(r.path).toBe(path);
    expect(r.tag).toBe(tag);
    expect(r.digest).toBeUndefined();
    expect(r.familiar).toBe(familiar);
    expect(r.full).toBe(`${domain}/${path}`);
  });

  it('keeps digests and tags with digests', () => {
    const d = `sha256:${HEX}`;
    expect(parseReference(`nginx@${d}`)).toEqual({
      domain: 'docker.io', path: 'library/nginx', digest: d, familiar: 'nginx', full: 'docker.io/library/nginx',
    });
    const both = parseReference(`nginx:1.31@${d}`);
    expect(both.tag).toBe('1.31');
    expect(both.digest).toBe(d);
    expect(familiarString(both)).toBe(`nginx:1.31@${d}`);
  });

  it('accepts a tag of 128 characters and separators in names', () => {
    expect(parseReference(`a:${'t'.repeat(128)}`).tag).toHaveLength(128);
    expect(parseReference('my-org/my__app.v2').path).toBe('my-org/my__app.v2');
    expect(parseReference('a---b').path).toBe('library/a---b');
  });
});

describe('errors carry Docker\'s messages', () => {
  it.each([
    ['Nginx', 'invalid reference format: repository name (library/Nginx) must be lowercase'],
    ['User/App', 'invalid reference format: repository name (App) must be lowercase'],
    ['user/App:v1', 'invalid reference format: repository name (user/App) must be lowercase'],
    ['localhost:5000/MyApp', 'invalid reference format: repository name (MyApp) must be lowercase'],
    ['nginx@SHA256:abc', 'invalid reference format: repository name (library/nginx@SHA256) must be lowercase'],
    ['', 'invalid reference format'],
    ['nginx:', 'invalid reference format'],
    [':latest', 'invalid reference format'],
    ['nginx::latest', 'invalid reference format'],
    ['nginx:-bad', 'invalid reference format'],
    ['ngi nx', 'invalid reference format'],
    ['nginx/', 'invalid reference format'],
    ['-nginx', 'invalid reference format'],
    ['nginx_', 'invalid reference format'],
    ['a//b', 'invalid reference format'],
    [`nginx:${'t'.repeat(129)}`, 'invalid reference format'],
    ['nginx@sha256:abc', 'invalid reference format'],
    ['nginx:Latest@sha256:abc', 'invalid reference format'],
    [HEX, `invalid repository name (${HEX}), cannot specify 64-byte hexadecimal strings`],
    [`nginx@sha256:${'a'.repeat(63)}0${'b'.repeat(8)}`, 'invalid checksum digest length'],
    [`nginx@sha256:${'A'.repeat(64)}`, 'invalid checksum digest format'],
    [`nginx@md5:${'a'.repeat(32)}`, 'unsupported digest algorithm'],
    [`x/${'a'.repeat(260)}`, 'repository name must not be more than 255 characters'],
  ])('%j', (text, message) => {
    expect(errorOf(text)).toBe(message);
  });

  it('reports an upper-case tag-only problem as Parse does', () => {
    // The name check only looks before the first ':'; Parse then finds the capital elsewhere.
    expect(errorOf('localhost:5000/app:v1@sha256:XYZ')).toBe('invalid reference format');
  });

  it('never takes long on hostile input', () => {
    const start = performance.now();
    for (const s of ['a'.repeat(5000) + '!', 'a-'.repeat(3000) + '.', 'a.'.repeat(3000) + '/B', `${'a1'.repeat(2000)}:`]) {
      expect(() => parseReference(s)).toThrow(InvalidReference);
    }
    expect(performance.now() - start).toBeLessThan(1000);
  });
});

describe('ParseDockerRef and familiar forms', () => {
  it('adds latest to a bare name', () => {
    const r = parseDockerRef('nginx');
    expect(r.tag).toBe('latest');
    expect(familiarString(r)).toBe('nginx:latest');
    expect(fullString(r)).toBe('docker.io/library/nginx:latest');
  });

  it('drops the tag when a digest is given', () => {
    const d = `sha256:${HEX}`;
    const r = parseDockerRef(`nginx:1.31@${d}`);
    expect(r.tag).toBeUndefined();
    expect(familiarString(r)).toBe(`nginx@${d}`);
  });

  it.each([
    ['nginx', 'nginx:latest'],
    ['nginx:1.27-alpine', 'nginx:1.27-alpine'],
    ['docker.io/library/nginx:latest', 'nginx:latest'],
    ['user/app', 'user/app:latest'],
    ['localhost:5000/app', 'localhost:5000/app:latest'],
    ['mcr.microsoft.com/dotnet/sdk', 'mcr.microsoft.com/dotnet/sdk:latest'],
    [`nginx@sha256:${HEX}`, `nginx@sha256:${HEX}`],
  ])('familiarWithTag(%s) = %s', (text, expected) => {
    expect(familiarWithTag(parseReference(text))).toBe(expected);
  });
});

describe('parseAnyReference (docker run / create)', () => {
  it('takes a 64-hex string or a full digest for an image id', () => {
    expect(parseAnyReference(HEX)).toEqual({ id: `sha256:${HEX}` });
    expect(parseAnyReference(`sha256:${HEX}`)).toEqual({ id: `sha256:${HEX}` });
  });
  it('parses names otherwise', () => {
    expect(parseAnyReference('nginx:latest')).toMatchObject({ familiar: 'nginx', tag: 'latest' });
    expect(() => parseAnyReference('Nginx')).toThrow('invalid reference format: repository name (library/Nginx) must be lowercase');
  });
});
