// What `docker compose` completes (docker/compose cmd/compose/completion.go, compose.go): the
// values of --project-name (the projects `compose ls -a` knows) and --progress, and a
// subcommand's service names. compose reads those from the compose file; the file's loader is
// asynchronous (and loaded lazily), so completion reads them from the engine instead: the
// com.docker.compose.service labels of the project's containers (one-offs aside), the project
// being -p, COMPOSE_PROJECT_NAME, or the one whose working directory holds the shell's
// (--project-directory's, or the first -f file's).
import type { Engine } from '../engine/engine.ts';
import type { ContainerRecord } from '../engine/state.ts';
import { dirname, isWithin, resolvePath } from '../fs/path.ts';

/** The host shell the line is typed in. */
export interface ShellView {
  cwd: string;
  env: Record<string, string>;
}

const LABEL = {
  project: 'com.docker.compose.project',
  service: 'com.docker.compose.service',
  workingDir: 'com.docker.compose.project.working_dir',
  oneOff: 'com.docker.compose.oneoff',
};

/** Root flags whose values compose completes (RegisterFlagCompletionFunc). */
const PROGRESS_MODES = ['auto', 'tty', 'plain', 'json', 'quiet'];

/** Subcommands without completeServiceNames. */
const NO_SERVICE_ARGS = new Set(['ls', 'version']);

const label = (c: ContainerRecord, key: string) => c.config.Labels?.[key];

function projectContainers(engine: Engine): ContainerRecord[] {
  return Object.values(engine.state.containers).filter((c) => label(c, LABEL.project) !== undefined && label(c, LABEL.oneOff) !== 'True');
}

/** The value candidates of a compose root flag. */
export function composeFlagValues(engine: Engine, flag: string): string[] {
  if (flag === 'progress') return PROGRESS_MODES;
  if (flag === 'project-name') return [...new Set(Object.values(engine.state.containers).map((c) => label(c, LABEL.project) ?? ''))].filter(Boolean);
  return [];
}

/** The project a line works on: its name, or the directory its containers were created from. */
function projectOf(engine: Engine, rootFlags: Record<string, string>, shell: ShellView): string | undefined {
  const named = rootFlags['project-name'] || shell.env.COMPOSE_PROJECT_NAME;
  if (named) return named.toLowerCase();
  const file = rootFlags.file;
  const dir = rootFlags['project-directory'] ? resolvePath(shell.cwd, rootFlags['project-directory']) : file ? dirname(resolvePath(shell.cwd, file)) : shell.cwd;
  let best: { project: string; depth: number } | undefined;
  for (const c of projectContainers(engine)) {
    const wd = label(c, LABEL.workingDir);
    // compose looks for the file in the directory and its parents (with -f or a project directory: there only)
    if (!wd || (file || rootFlags['project-directory'] ? wd !== dir : !isWithin(dir, wd))) continue;
    if (!best || wd.length > best.depth) best = { project: label(c, LABEL.project) as string, depth: wd.length };
  }
  return best?.project;
}

/** completeServiceNames for `docker compose <verb>`. */
export function composeServiceNames(engine: Engine, verb: string, rootFlags: Record<string, string>, shell: ShellView | undefined): string[] {
  if (NO_SERVICE_ARGS.has(verb) || !shell) return [];
  const project = projectOf(engine, rootFlags, shell);
  if (project === undefined) return [];
  return projectContainers(engine)
    .filter((c) => label(c, LABEL.project) === project)
    .map((c) => label(c, LABEL.service) ?? '')
    .filter(Boolean);
}
