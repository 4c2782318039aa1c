// COPY and ADD (BuildKit instructions/parse.go parseCopy / parseAdd / parseSourcesAndDest): the
// last word is the destination, the others sources; a source that is a heredoc word (<<EOF)
// becomes an inline file with the heredoc's body (tabs stripped for <<-).
import type { Heredoc, InlineSource, Instruction } from './ast.ts';
import type { BFlags } from './bflags.ts';
import { chompHeredocContent, parseHeredoc } from './heredoc.ts';
import type { Base } from './instruction-common.ts';

function mustParseHeredoc(word: string): Heredoc | null {
  try {
    return parseHeredoc(word);
  } catch {
    return null;
  }
}

function sourcesAndDest(args: string[], cmd: string, heredocs: Heredoc[]) {
  const dest = args[args.length - 1];
  if (mustParseHeredoc(dest)) throw new Error(`${cmd} cannot accept a heredoc as a destination`);
  const byName = new Map(heredocs.map((h) => [h.name, h]));
  const sources: string[] = [];
  const inline: InlineSource[] = [];
  for (const src of args.slice(0, -1)) {
    const h = mustParseHeredoc(src);
    if (!h) {
      sources.push(src);
      continue;
    }
    const content = byName.get(h.name)?.content ?? '';
    inline.push({ path: h.name, data: h.chomp ? chompHeredocContent(content) : content, expand: h.expand });
  }
  return { sources, inline, dest };
}

const noDest = (cmd: string): Error =>
  new Error(`${cmd} requires at least two arguments, but only one was provided. Destination could not be determined`);

export function parseAdd(base: Base, args: string[], flags: BFlags, heredocs: Heredoc[]): Instruction {
  if (args.length < 2) throw noDest('ADD');
  const chown = flags.addString('chown');
  const chmod = flags.addString('chmod');
  const link = flags.addBool('link');
  const keepGitDir = flags.addBool('keep-git-dir');
  const checksum = flags.addString('checksum');
  const unpack = flags.addBool('unpack');
  const excludes = flags.addStrings('exclude');
  flags.parse();
  return {
    ...base,
    kind: 'ADD',
    ...sourcesAndDest(args, 'ADD', heredocs),
    chown: chown.value,
    chmod: chmod.value,
    link: link.value === 'true',
    keepGitDir: flags.used.has('keep-git-dir') ? keepGitDir.value === 'true' : null,
    checksum: checksum.value,
    unpack: flags.used.has('unpack') ? unpack.value === 'true' : null,
    excludes: excludes.values,
  };
}

export function parseCopy(base: Base, args: string[], flags: BFlags, heredocs: Heredoc[]): Instruction {
  if (args.length < 2) throw noDest('COPY');
  const chown = flags.addString('chown');
  const from = flags.addString('from');
  const chmod = flags.addString('chmod');
  const link = flags.addBool('link');
  const excludes = flags.addStrings('exclude');
  const parents = flags.addBool('parents');
  flags.parse();
  return {
    ...base,
    kind: 'COPY',
    ...sourcesAndDest(args, 'COPY', heredocs),
    from: from.value,
    chown: chown.value,
    chmod: chmod.value,
    link: link.value === 'true',
    parents: parents.value === 'true',
    excludes: excludes.values,
  };
}
