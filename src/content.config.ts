// Content collections. `lessons`: one MDX file per lesson in src/content/lessons/, its slug the file
// name (first-container.mdx is /lessons/first-container/); frontmatter fields are documented in
// src/content/lesson-schema.ts.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { lessonSchema } from './content/lesson-schema.ts';

const lessons = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './src/content/lessons' }),
  schema: lessonSchema,
});

export const collections = { lessons };
