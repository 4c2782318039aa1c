import { describe, expect, it } from 'vitest';
import { commandsOf, hasRunFlag, runLabel, runnableCommands } from './run-transformer.ts';

const pre = { type: 'element', tagName: 'pre', properties: {}, children: [] };

function transform(source: string, meta: unknown) {
  const root = { type: 'root' as const, children: [pre] as unknown[] };
  runnableCommands().root.call({ source, options: { meta } }, root);
  return root.children;
}

describe('runnable commands', () => {
  it('reads the run flag from the fence meta, as a string or as Shiki passes it', () => {
    expect(hasRunFlag('run')).toBe(true);
    expect(hasRunFlag({ __raw: 'title="x" run exit=1' })).toBe(true);
    expect(hasRunFlag('running')).toBe(false);
    expect(hasRunFlag(undefined)).toBe(false);
  });

  it('takes one command per line, without blanks and comments', () => {
    expect(commandsOf('docker ps\n\n# look\n  docker images  \n')).toEqual(['docker ps', 'docker images']);
  });

  it('wraps a run block with a labelled Run button carrying its commands', () => {
    expect(transform('docker pull nginx\ndocker images\n', { __raw: 'run' })).toEqual([
      {
        type: 'element',
        tagName: 'div',
        properties: { className: ['runnable'] },
        children: [
          pre,
          {
            type: 'element',
            tagName: 'button',
            properties: { type: 'button', className: ['run-button'], dataRun: 'docker pull nginx\ndocker images', ariaLabel: 'Run these 2 commands' },
            children: [{ type: 'text', value: 'Run' }],
          },
        ],
      },
    ]);
    expect(runLabel(['docker ps'])).toBe('Run docker ps');
  });

  it('leaves other blocks alone', () => {
    expect(transform('docker ps', undefined)).toEqual([pre]);
    expect(transform('# only a comment', 'run')).toEqual([pre]);
  });
});
