// Project.WithServicesEnvironmentResolved: each service's env_file entries are read (in order,
// later files winning) beneath its `environment`, which always wins; valueless `KEY`s take the
// interpolation environment. A missing required file fails with compose-go's text.
import { ComposeError } from '../errors.ts';
import type { MappingWithEquals, Project, ServiceConfig } from '../model.ts';
import { DotenvError, parseDotenv } from './dotenv.ts';
import type { FileAccess } from './file-access.ts';

export function resolveServiceEnvironments(project: Project, files: FileAccess, discardEnvFiles: boolean): void {
  for (const service of [...Object.values(project.services), ...Object.values(project.disabledServices)]) {
    resolveService(service, project.environment, files);
    if (discardEnvFiles) delete service.envFiles;
  }
}

function resolveService(service: ServiceConfig, env: Record<string, string>, files: FileAccess): void {
  const declared: MappingWithEquals = { ...(service.environment ?? {}) };
  for (const [k, v] of Object.entries(declared)) if (v === null && Object.hasOwn(env, k)) declared[k] = env[k];
  const merged: Record<string, string> = {};
  for (const [k, v] of Object.entries(declared)) if (v !== null) merged[k] = v;
  for (const envFile of service.envFiles ?? []) {
    const text = files.readFile(envFile.path);
    if (text === undefined) {
      if (!files.exists(envFile.path) && envFile.required) {
        throw new ComposeError('notFound', `env file ${envFile.path} not found: stat ${envFile.path}: no such file or directory`);
      }
      continue;
    }
    const lookup = (k: string) => (Object.hasOwn(env, k) ? env[k] : (declared[k] ?? undefined));
    try {
      if (envFile.format === 'raw') parseRaw(text, merged);
      else parseDotenv(text, merged, lookup);
    } catch (e) {
      if (e instanceof DotenvError) throw new ComposeError('other', `failed to read ${envFile.path}: ${e.message}`);
      throw e;
    }
  }
  const result: MappingWithEquals = { ...merged, ...declared };
  if (Object.keys(result).length > 0 || service.environment) service.environment = result;
}

/** The "raw" format compose registers: docker run --env-file lines, no quoting or interpolation. */
function parseRaw(text: string, out: Record<string, string>): void {
  for (const line of text.split('\n')) {
    const trimmed = line.replace(/^\s+/, '');
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const i = trimmed.indexOf('=');
    if (i > 0) out[trimmed.slice(0, i)] = trimmed.slice(i + 1);
  }
}
