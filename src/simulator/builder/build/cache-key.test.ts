// The layer cache's keys as data: the same inputs give the same key; any change to the parent,
// the instruction or a copied file's path, mode or content gives another.
import { describe, expect, it } from 'vitest';
import { baseKey, filesChecksum, stepKey } from './cache-key.ts';

const files = [
  { path: 'package.json', data: '{"name":"app"}', mode: 0o644 },
  { path: 'server.js', data: 'console.log(1)', mode: 0o644 },
];

describe('build cache keys', () => {
  it('are stable for equal inputs', () => {
    expect(baseKey('sha256:aa')).toBe(baseKey('sha256:aa'));
    expect(stepKey(baseKey(null), 'RUN echo hi')).toBe(stepKey(baseKey(null), 'RUN echo hi'));
    expect(filesChecksum(files)).toBe(filesChecksum(structuredClone(files)));
    expect(baseKey('sha256:aa')).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  const parent = baseKey('sha256:aa');
  const cases: [string, string, string][] = [
    ['another base', stepKey(baseKey('sha256:bb'), 'COPY . .', filesChecksum(files)), stepKey(parent, 'COPY . .', filesChecksum(files))],
    ['scratch vs an image', baseKey(null), parent],
    ['another instruction', stepKey(parent, 'RUN echo a'), stepKey(parent, 'RUN echo b')],
    ['a changed file', filesChecksum([files[0], { ...files[1], data: 'console.log(2)' }]), filesChecksum(files)],
    ['a renamed file', filesChecksum([files[0], { ...files[1], path: 'main.js' }]), filesChecksum(files)],
    ['a changed mode', filesChecksum([files[0], { ...files[1], mode: 0o755 }]), filesChecksum(files)],
    ['a file more', filesChecksum([...files, { path: 'x', data: '', mode: 0o644 }]), filesChecksum(files)],
    ['files vs none', stepKey(parent, 'COPY . .', filesChecksum([])), stepKey(parent, 'COPY . .')],
  ];
  it.each(cases)('differ for %s', (_name, a, b) => {
    expect(a).not.toBe(b);
  });

  it('chain: a miss changes every later key', () => {
    const chain = (content: string) => {
      const copy = stepKey(parent, 'COPY . .', filesChecksum([{ path: 'a', data: content, mode: 0o644 }]));
      return [copy, stepKey(copy, 'RUN make')];
    };
    const [a1, a2] = chain('one');
    const [b1, b2] = chain('two');
    expect([a1 === b1, a2 === b2]).toEqual([false, false]);
    expect(chain('one')).toEqual([a1, a2]);
  });
});
