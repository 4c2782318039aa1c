import { describe, expect, it } from 'vitest';
import { parseUrl } from './url.ts';

describe('parseUrl', () => {
  it('reads URLs as curl does', () => {
    expect(parseUrl('localhost:8080')).toEqual({ ok: true, url: { scheme: 'http', host: 'localhost', port: 8080, target: '/', hostHeader: 'localhost:8080' } });
    expect(parseUrl('http://Example.com/a/b?x=1#f')).toEqual({ ok: true, url: { scheme: 'http', host: 'example.com', port: 80, target: '/a/b?x=1', hostHeader: 'Example.com' } });
    expect(parseUrl('http://[::1]:8080')).toEqual({ ok: true, url: { scheme: 'http', host: '::1', port: 8080, target: '/', hostHeader: '[::1]:8080' } });
    expect(parseUrl('https://localhost:443/')).toEqual({ ok: true, url: { scheme: 'https', host: 'localhost', port: 443, target: '/', hostHeader: 'localhost' } });
    expect(parseUrl('localhost:99999')).toEqual({ ok: false, message: 'URL rejected: Port number was not a decimal number between 0 and 65535', curlExit: 3 });
    expect(parseUrl('gopher://x')).toEqual({ ok: false, message: 'Protocol "gopher" not supported', curlExit: 1 });
  });
});
