// The frontmatter of a lesson (src/content/lessons/*.mdx), validated at build time by the content
// collection and by the solution-replay test. Goals here mirror the simulator's `Goal` union
// (src/simulator/lesson/goals.ts); the type check at the bottom keeps the two in step.
import { z } from 'astro/zod';
import type { Goal } from '../simulator/index.ts';

const text = z.string().trim().min(1);
const containerName = z.string().regex(/^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/, 'a Docker container name');
/** An image as a learner writes it: 'nginx', 'nginx:1.27', 'user/app:v1', 'localhost:5000/app'. */
const imageRef = z.string().regex(/^[a-z0-9][a-z0-9._\/:@-]*$/, 'an image reference such as nginx:1.27');
const count = z.number().int().min(1);

/** Fields every goal has. */
const base = {
  /** What the learner should achieve, in the lesson's own words; shown beside the goal's tick. Plain text; `backticks` set code. */
  description: text,
};

/** Which containers a container goal is about: every field given must match. */
const selector = {
  /** The container's name, as `--name` gives it. */
  name: containerName.optional(),
  /** The image it was created from: 'nginx' means nginx:latest. */
  image: imageRef.optional(),
  /** How many matching containers must satisfy the goal (default 1). */
  atLeast: count.optional(),
};

const containerStatus = z.enum(['created', 'running', 'paused', 'restarting', 'removing', 'exited', 'dead']);

/** A goal: one state of the world that counts as done, whatever commands reached it. */
export const goalSchema = z.discriminatedUnion('kind', [
  /** Matching containers are running and publish these ports ('8080:80', '5353:53/udp'). */
  z.strictObject({
    kind: z.literal('container-running'),
    ...base,
    ...selector,
    publishes: z.array(z.string().regex(/^\d{1,5}:\d{1,5}(\/(tcp|udp|sctp))?$/, 'HOST:CONTAINER[/proto]')).optional(),
  }),
  /** Matching containers have stopped, with this exit code when given. */
  z.strictObject({ kind: z.literal('container-exited'), ...base, ...selector, exitCode: z.number().int().min(0).max(255).optional() }),
  /** Matching containers exist, in this state when given. */
  z.strictObject({ kind: z.literal('container-exists'), ...base, ...selector, status: containerStatus.optional() }),
  /** No container matches: removed, or never made. */
  z.strictObject({ kind: z.literal('container-absent'), ...base, name: containerName.optional(), image: imageRef.optional() }),
  /** An image is tagged `ref`, with exactly `layers` layers when given. */
  z.strictObject({ kind: z.literal('image-present'), ...base, ref: imageRef, layers: count.optional() }),
  /** No image is tagged `ref`. */
  z.strictObject({ kind: z.literal('image-absent'), ...base, ref: imageRef }),
  /** A container (this one, or any) mounts the named volume at an absolute path. */
  z.strictObject({
    kind: z.literal('volume-mounted'),
    ...base,
    volume: text,
    path: z.string().startsWith('/'),
    container: containerName.optional(),
  }),
  /** A file inside the named container contains a text. */
  z.strictObject({ kind: z.literal('file-contains'), ...base, container: containerName, path: z.string().startsWith('/'), text }),
]);

/** The world a lesson starts from, made fresh on first visit and on every reset. */
export const startSchema = z.strictObject({
  /** Files placed under the learner's home (`/home/learner`), by relative path: `{ 'site/index.html': '...' }`. */
  files: z.record(z.string().regex(/^(?!\/)(?!.*\.\.)/, 'a relative path inside the home directory'), z.string()).default({}),
  /** Commands run, silently and in order, before the learner's first prompt (`docker pull nginx`). */
  setup: z.array(text).default([]),
});

export const lessonSchema = z.strictObject({
  /** The lesson's title: the page heading and the name in lists. */
  title: text,
  /** One or two sentences: what the lesson teaches; the page's meta description and the home list. */
  description: text,
  /** Position in the course (1, 2, 3 ...): sorts lessons and links prev/next. Unique. */
  order: z.number().int().min(1),
  /** The curriculum part the lesson belongs to (1 to 5; see src/content/parts.ts). */
  part: z.number().int().min(1).max(5),
  /** The starting world; an empty Docker and an empty home when omitted. */
  start: startSchema.default({ files: {}, setup: [] }),
  /** The exercise: every goal must hold at once for the lesson to count as complete. */
  goals: z.array(goalSchema).min(1),
  /** Hints, revealed one at a time, from a nudge to nearly the answer. Plain text; `backticks` set code. */
  hints: z.array(text).default([]),
  /** The reference solution: commands that reach every goal from the starting world. A test replays them. */
  solution: z.array(text).min(1),
});

export type LessonData = z.infer<typeof lessonSchema>;
export type GoalData = z.infer<typeof goalSchema>;

// The schema's goals are the simulator's goals (compile-time check, both directions).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const goalsMatch: Same<GoalData, Goal> = true;
void goalsMatch;
