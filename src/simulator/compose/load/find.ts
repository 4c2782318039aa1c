// Which compose files a command uses, as compose-go's cli/options.go decides: `-f` paths, else
// COMPOSE_FILE, else the first of the default names in the working directory or its nearest
// parent that has one (plus the matching override file), with logrus warnings when several
// default names exist side by side.
import { ComposeError, type Warnings } from '../errors.ts';
import { absPath, dirname, joinPath, type FileAccess } from './file-access.ts';

/** cli.DefaultFileNames, in order of preference. */
export const DEFAULT_FILE_NAMES = ['compose.yaml', 'compose.yml', 'docker-compose.yml', 'docker-compose.yaml'];

/** cli.DefaultOverrideFileNames. */
export const DEFAULT_OVERRIDE_FILE_NAMES = [
  'compose.override.yml',
  'compose.override.yaml',
  'docker-compose.override.yml',
  'docker-compose.override.yaml',
];

function findFiles(files: FileAccess, names: string[], dir: string): string[] {
  return names.map((n) => joinPath(dir, n)).filter((p) => files.exists(p));
}

/**
 * cli.WithDefaultConfigPath: walks up from `startDir` to the first directory holding a default
 * file name. Returns [] when none is found (the caller reports "no configuration file provided").
 */
export function findDefaultConfigFiles(files: FileAccess, startDir: string, warnings: Warnings): string[] {
  for (let dir = startDir; ; dir = dirname(dir)) {
    const candidates = findFiles(files, DEFAULT_FILE_NAMES, dir);
    if (candidates.length > 0) {
      const winner = candidates[0];
      if (candidates.length > 1) {
        warnings.warn(`Found multiple config files with supported names: ${candidates.join(', ')}`);
        warnings.warn(`Using ${winner}`);
      }
      const overrides = findFiles(files, DEFAULT_OVERRIDE_FILE_NAMES, dir);
      if (overrides.length > 1) {
        warnings.warn(`Found multiple override files with supported names: ${overrides.join(', ')}`);
        warnings.warn(`Using ${overrides[0]}`);
      }
      return overrides.length > 0 ? [winner, overrides[0]] : [winner];
    }
    if (dirname(dir) === dir) return [];
  }
}

/** cli.WithConfigFileEnv: COMPOSE_FILE split on COMPOSE_PATH_SEPARATOR (":" on Linux). */
export function configFilesFromEnv(files: FileAccess, env: Record<string, string>, cwd: string): string[] | undefined {
  if (!Object.hasOwn(env, 'COMPOSE_FILE')) return undefined;
  const sep = env.COMPOSE_PATH_SEPARATOR || ':';
  return env.COMPOSE_FILE.split(sep).map((f) => {
    if (f === '-') return f;
    const abs = absPath(f, cwd);
    if (!files.exists(abs)) throw new ComposeError('notFound', `stat ${abs}: no such file or directory`);
    return abs;
  });
}

/** loader.LoadConfigFiles' first check. */
export function noConfigurationFile(): ComposeError {
  return new ComposeError('notFound', 'no configuration file provided: not found');
}
