// How `docker compose` settles its inputs before reading any compose file (docker/compose
// cmd/compose/compose.go toProjectOptions and compose-go cli/options.go, in that order): the
// process environment plus PWD, the .env file (--env-file, else .env in the project directory,
// read once before and once after the compose files are found; earlier values win), -f or
// COMPOSE_FILE or the default file search, COMPOSE_PROFILES, and the -p name check.
import { ComposeError, type Warnings } from '../errors.ts';
import { DotenvError, parseDotenv } from './dotenv.ts';
import { absPath, dirname, isDirectory, joinPath, type FileAccess } from './file-access.ts';
import { configFilesFromEnv, findDefaultConfigFiles } from './find.ts';
import { checkExplicitName } from './project-name.ts';

export interface ComposeInputs {
  /** The host filesystem, read-only. */
  files: FileAccess;
  /** The shell's working directory (absolute). */
  cwd: string;
  /** The process environment. */
  env: Record<string, string>;
  /** $HOME, for "~" in paths. */
  home?: string;
  /** -f / --file, as typed (repeatable); "-" reads `stdin`. */
  configFiles?: string[];
  /** -p / --project-name. */
  projectName?: string;
  /** --project-directory. */
  projectDirectory?: string;
  /** --env-file (repeatable). */
  envFiles?: string[];
  /** --profile (repeatable). */
  profiles?: string[];
  /** The text behind `-f -`. */
  stdin?: string;
}

export interface SettledOptions {
  environment: Record<string, string>;
  configFiles: string[];
  workingDir: string;
  profiles: string[];
  envFiles: string[];
}

export function settleOptions(input: ComposeInputs, warnings: Warnings): SettledOptions {
  const environment: Record<string, string> = { ...input.env };
  if (!Object.hasOwn(environment, 'PWD')) environment.PWD = input.cwd;
  const projectDir = input.projectDirectory ? absPath(input.projectDirectory, input.cwd) : undefined;
  let configFiles = (input.configFiles ?? []).map((f) => (f === '-' ? f : absPath(f, input.cwd)));
  const workingDir = () => projectDir ?? (configFiles.find((f) => f !== '-') !== undefined ? dirname(configFiles.find((f) => f !== '-')!) : input.cwd);

  let envFiles = envFilesFor(input, workingDir());
  loadDotenv(input, envFiles, environment, warnings);
  if (configFiles.length === 0) {
    configFiles = configFilesFromEnv(input.files, environment, input.cwd) ?? findDefaultConfigFiles(input.files, projectDir ?? input.cwd, warnings);
  }
  envFiles = envFilesFor(input, workingDir());
  loadDotenv(input, envFiles, environment, warnings);

  const profiles = input.profiles?.length ? input.profiles : (environment.COMPOSE_PROFILES ?? '').split(',').map((p) => p.trim());
  if (input.projectName) checkExplicitName(input.projectName);
  return { environment, configFiles, workingDir: workingDir(), profiles, envFiles };
}

/** cli.WithEnvFiles: explicit files, else <project dir>/.env when it is a file. */
function envFilesFor(input: ComposeInputs, wd: string): string[] {
  if (input.envFiles?.length) return input.envFiles;
  const disabled = input.env.COMPOSE_DISABLE_ENV_FILE;
  if (disabled !== undefined && ['1', 't', 'true', 'TRUE', 'True'].includes(disabled)) return [];
  const dotEnv = joinPath(wd, '.env');
  return input.files.exists(dotEnv) && !isDirectory(input.files, dotEnv) ? [dotEnv] : [];
}

/** cli.WithDotEnv: values from the files, never overriding variables already set. */
function loadDotenv(input: ComposeInputs, envFiles: string[], environment: Record<string, string>, warnings: Warnings): void {
  const files = input.files;
  const loaded: Record<string, string> = {};
  for (const file of envFiles) {
    const abs = absPath(file, input.cwd);
    if (!files.exists(abs)) throw new ComposeError('notFound', `couldn't find env file: ${abs}`);
    if (isDirectory(files, abs)) throw new ComposeError('other', `${abs} is a directory`);
    const text = files.readFile(abs) ?? '';
    try {
      const lookup = (k: string) => (Object.hasOwn(environment, k) ? environment[k] : Object.hasOwn(loaded, k) ? loaded[k] : undefined);
      parseDotenv(text, loaded, lookup, (m) => warnings.warn(m));
    } catch (e) {
      if (e instanceof DotenvError) throw new ComposeError('other', `failed to read ${abs}: ${e.message}`);
      throw e;
    }
  }
  for (const [k, v] of Object.entries(loaded)) if (!Object.hasOwn(environment, k)) environment[k] = v;
}
