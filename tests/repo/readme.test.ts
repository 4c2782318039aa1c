// The README promises a test command; CI (.ci/run) must run exactly that command.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

/** The commands of the README's shell code blocks. */
function readmeCommands(): string[] {
  return [...read('README.md').matchAll(/```sh\n([^`]*?)\n```/g)].map((m) => m[1].trim());
}

describe('README and CI', () => {
  it('CI runs the README test command exactly', () => {
    const ciCommand = read('.ci/run')
      .split('\n')
      .filter((line) => line.trim() !== '' && !line.trim().startsWith('#'))
      .at(-1);
    expect(ciCommand).toBe('npm ci && npm test');
    expect(readmeCommands()).toContain(ciCommand);
  });

  it('the README serves the site with the same install step', () => {
    expect(readmeCommands()).toContain('npm ci && npm start');
  });
});
