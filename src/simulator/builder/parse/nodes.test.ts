import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { goQuote } from '../../util/format/go-fmt.ts';
import type { Node } from './ast.ts';
import { DockerfileError } from './errors.ts';
import { parseNodes } from './nodes.ts';

/** parser.Node.Dump(), the format of BuildKit's testfiles/<name>/result. */
function dump(node: Node): string {
  let s = node.value.toLowerCase();
  if (node.flags.length > 0) s += ` [${node.flags.map(goQuote).join(' ')}]`;
  if (node.sub) s += ` (${dump(node.sub)})`;
  for (const a of node.args) s += ` ${goQuote(a)}`;
  return s.trim();
}

const dir = new URL('./corpus/buildkit-testfiles/', import.meta.url);
const negative = new URL('./corpus/buildkit-testfiles-negative/', import.meta.url);

describe("BuildKit's parser testfiles (corpus/buildkit-testfiles)", () => {
  for (const name of readdirSync(dir)) {
    it(name, () => {
      const src = readFileSync(new URL(`${name}/Dockerfile`, dir), 'utf8');
      const expected = readFileSync(new URL(`${name}/result`, dir), 'utf8');
      const { nodes } = parseNodes(src);
      expect(nodes.map((n) => `(${dump(n)})\n`).join('')).toBe(expected);
    });
  }
  for (const name of readdirSync(negative)) {
    it(`${name} is rejected`, () => {
      const src = readFileSync(new URL(`${name}/Dockerfile`, negative), 'utf8');
      expect(() => parseNodes(src)).toThrow(DockerfileError);
    });
  }
});
