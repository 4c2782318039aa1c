// The layer cache's keys as BuildKit derives them, reduced to what decides reuse: a step is reused
// when its parent's key and its instruction (with the build environment it runs in) match and,
// for COPY and ADD, when the copied files' contents match. Pure functions over strings.
import { sha256Digest } from '../../util/sha256.ts';

/** One file a COPY/ADD step reads from the context: its path there and its content. */
export interface CopiedFile {
  path: string;
  data: string;
  mode: number;
}

/** The key of a stage's base: the image it starts from (`scratch` has none). */
export function baseKey(imageId: string | null): string {
  return sha256Digest(`base:${imageId ?? 'scratch'}`);
}

/** The checksum of the files a COPY/ADD reads (paths, modes and contents, in order). */
export function filesChecksum(files: readonly CopiedFile[]): string {
  return sha256Digest(files.map((f) => `${f.path}\0${f.mode.toString(8)}\0${f.data}`).join('\0\0'));
}

/** A step's key: parent key, the instruction as it runs, and the checksum of the files it copies. */
export function stepKey(parent: string, instruction: string, files?: string): string {
  return sha256Digest(`step:${parent}\n${instruction}\n${files ?? ''}`);
}
