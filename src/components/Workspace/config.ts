// What a workspace's markup tells its script (data attributes written by Terminal.astro and the
// lesson page), parsed defensively. Shared by the small boot script and the workspace chunk.
import type { Goal } from '../../simulator/index.ts';

export interface WorkspaceConfig {
  /** Storage name of this workspace's world and history: 'playground', 'lesson:first-container'. */
  workspace: string;
  files: Record<string, string>;
  setup: string[];
  greeting: string;
  /** Shown instead of `greeting` when the world was restored from storage. */
  greetingBack: string;
  seed?: number;
  lesson?: { slug: string; goals: Goal[] };
}

function json<T>(text: string | undefined, fallback: T): T {
  if (!text) return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

/**
 * A greeting as the terminal prints it: plain text from the page, `backticked` words in bold,
 * lines ending CR LF, a blank line before the first prompt.
 */
export function formatGreeting(text: string): string {
  if (text.trim() === '') return '';
  const bold = text.trim().replace(/`([^`\n]+)`/g, '\x1b[1m$1\x1b[0m');
  return `${bold.replace(/\r?\n/g, '\r\n')}\r\n\r\n`;
}

export function readConfig(host: HTMLElement): WorkspaceConfig {
  const start = json<{ files?: Record<string, string>; setup?: string[] }>(host.dataset.start, {});
  const lessonRoot = host.closest<HTMLElement>('[data-lesson]');
  const lesson = lessonRoot ? json<WorkspaceConfig['lesson'] | undefined>(lessonRoot.dataset.lesson, undefined) : undefined;
  const seed = Number(host.dataset.seed);
  return {
    workspace: host.dataset.workspace || 'playground',
    files: start.files ?? {},
    setup: start.setup ?? [],
    greeting: formatGreeting(host.dataset.greeting ?? ''),
    greetingBack: formatGreeting(host.dataset.greetingBack ?? host.dataset.greeting ?? ''),
    seed: host.dataset.seed && Number.isFinite(seed) ? seed : undefined,
    lesson,
  };
}
