// Reads every lesson's frontmatter from src/content/lessons/*.mdx and validates it with the
// collection's schema, as `astro build` does, for tests that run without Astro.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { lessonSchema, type LessonData } from '../../src/content/lesson-schema.ts';

export const LESSONS_DIR = fileURLToPath(new URL('../../src/content/lessons/', import.meta.url));

export interface LoadedLesson {
  slug: string;
  data: LessonData;
  body: string;
}

export function loadLessons(): LoadedLesson[] {
  return readdirSync(LESSONS_DIR)
    .filter((f) => f.endsWith('.mdx'))
    .map((file) => {
      const text = readFileSync(`${LESSONS_DIR}${file}`, 'utf8');
      const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
      if (!m) throw new Error(`${file}: no frontmatter`);
      const parsed = lessonSchema.safeParse(parse(m[1]));
      if (!parsed.success) throw new Error(`${file}: ${parsed.error.message}`);
      return { slug: file.replace(/\.mdx$/, ''), data: parsed.data, body: m[2] };
    })
    .sort((a, b) => a.data.order - b.data.order);
}
