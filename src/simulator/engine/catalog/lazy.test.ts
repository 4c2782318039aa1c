// The catalog's loading on demand (index.ts) in a fresh module instance: nothing is loaded until
// asked, a lookup of a repository nobody loaded is a loud bug rather than "does not exist".
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Index = typeof import('./index.ts');
let index: Index;

beforeEach(async () => {
  vi.resetModules();
  index = await import('./index.ts');
});

describe('catalog loading', () => {
  it('answers names without loading anything', () => {
    expect(index.isCatalogRepo('nginx')).toBe(true);
    expect(index.findRepo('nosuchimage')).toBeUndefined();
    expect(() => index.findRepo('nginx')).toThrow(index.CatalogNotLoaded);
    expect(() => index.findRepo('nginx')).toThrow('engine/catalog: nginx is used before it was loaded; await ensureRepo("nginx")');
  });

  it('loads one repository, or several, once', async () => {
    await index.ensureRepo('nginx');
    expect(index.findRepo('nginx')?.name).toBe('nginx');
    expect(() => index.findRepo('redis')).toThrow(index.CatalogNotLoaded);
    expect(index.ensureRepos(['nginx', 'nosuchimage'])).toBeUndefined();
    await index.ensureRepos(['redis', 'grafana/grafana']);
    expect(index.findRepo('grafana/grafana')?.official).toBe(false);
    expect(() => index.allRepos()).toThrow(index.CatalogNotLoaded);
    await index.ensureAllRepos();
    expect(index.allRepos()).toHaveLength(index.catalogNames().length);
  });
});
