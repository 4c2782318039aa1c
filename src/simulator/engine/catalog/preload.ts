// Which catalog repositories to load before synchronous engine code runs (see index.ts): those
// of the images in the world (their files are generated from the catalog), and those a command
// line names (`docker run nginx`, `docker pull redis:7`), which a pull may look up. Both return
// undefined when everything is already loaded, so the common case costs no extra turn.
import type { WorldState } from '../state.ts';
import { catalogName } from '../hub.ts';
import { parseRef } from '../refs.ts';
import { ensureRepos, isCatalogRepo } from './index.ts';

/** The repositories the world's images come from. */
export function preloadWorld(state: WorldState): Promise<void> | undefined {
  const names = new Set<string>();
  for (const im of Object.values(state.images)) {
    if (im.source) names.add(im.source.repo);
    if (im.from) names.add(im.from.repo);
  }
  return ensureRepos(names);
}

/** The repository a word names as an image reference, if the catalog has it. */
function namedRepo(word: string): string | undefined {
  if (word === '' || word.startsWith('-') || word.length > 255) return undefined;
  const ref = parseRef(word);
  const name = ref && catalogName(ref.domain, ref.path);
  return name && isCatalogRepo(name) ? name : undefined;
}

/** The repositories the words of a command line name (flag values included, harmlessly). */
export function preloadNamed(words: readonly string[]): Promise<void> | undefined {
  const names: string[] = [];
  for (const w of words) {
    const name = namedRepo(w);
    if (name) names.push(name);
  }
  return names.length ? ensureRepos(names) : undefined;
}
