// Loading a Compose project end to end, in compose-go's order (cli/options.go LoadProject,
// loader/loader.go loadYamlFile/loadYamlModel/load/ModelToProject): read and parse each file,
// pick the project name, then per document interpolate, merge, validate against the schema,
// warn about `version`, canonicalise; then defaults, checks, paths, environment, normalisation,
// binding to the model, consistency and env_file resolution.
import { ComposeError, Warnings, type ComposeWarning } from '../errors.ts';
import type { Project } from '../model.ts';
import { composeSpec } from '../schema/compose-spec.ts';
import { validateSchema } from '../schema/validator.ts';
import { canonical, setDefaults } from './canonical.ts';
import { checkModel } from './checks.ts';
import { resolveServiceEnvironments } from './env-files.ts';
import { basename, isDirectory } from './file-access.ts';
import { noConfigurationFile } from './find.ts';
import { interpolateDict } from './interpolate.ts';
import { enforceUnicity, mergeDicts } from './merge.ts';
import { normalize, resolveEnvironment } from './normalize.ts';
import { settleOptions, type ComposeInputs } from './options.ts';
import { resolveRelativePaths } from './paths.ts';
import { checkExplicitName, normalizeProjectName } from './project-name.ts';
import { bindProject } from './to-project.ts';
import { isDict, type Dict } from './tree.ts';
import { loadYamlModule, namedStructError, parseYamlDocuments, YamlError, type Yaml, type YamlDocument } from './yaml-parse.ts';
import { substitute } from './template.ts';

export interface LoadOptions extends ComposeInputs {
  /** `config --no-interpolate`, `--no-normalize`, `--no-path-resolution`, `--no-consistency`. */
  interpolate?: boolean;
  normalize?: boolean;
  resolvePaths?: boolean;
  consistency?: boolean;
}

export type LoadResult =
  | { ok: true; project: Project; warnings: ComposeWarning[] }
  | { ok: false; error: ComposeError; warnings: ComposeWarning[] };

interface SourceFile {
  path: string;
  documents: YamlDocument[];
}

/** Finds, reads, parses, validates and normalises the project. Never throws a ComposeError. */
export async function loadProject(options: LoadOptions): Promise<LoadResult> {
  const warnings = new Warnings();
  try {
    const yaml = await loadYamlModule();
    return { ok: true, project: loadWith(yaml, options, warnings), warnings: warnings.list };
  } catch (e) {
    if (e instanceof ComposeError) return { ok: false, error: e, warnings: warnings.list };
    throw e;
  }
}

function loadWith(yaml: Yaml, options: LoadOptions, warnings: Warnings): Project {
  const settled = settleOptions(options, warnings);
  if (settled.configFiles.length === 0) throw noConfigurationFile();
  const env = settled.environment;
  const sources = settled.configFiles.map((path) => readSource(yaml, options, path));
  const name = projectName(options, settled.workingDir, sources, env, warnings);
  env.COMPOSE_PROJECT_NAME = name;

  let dict: Dict = {};
  const versionWarned = new Set<string>();
  for (const source of sources) {
    for (const doc of source.documents) dict = processDocument(dict, doc.value, source.path, { options, env, warnings, versionWarned });
  }
  dict = setDefaults(dict) as Dict;
  checkModel(dict);
  if (options.resolvePaths !== false) resolveRelativePaths(dict, settled.workingDir, options.home ?? env.HOME);
  resolveEnvironment(dict, env);
  if (Object.keys(dict).length === 0) throw new ComposeError('other', 'empty compose file');
  if (name === '') throw new ComposeError('other', 'project name must not be empty');
  if (options.normalize !== false) {
    dict.name = name;
    normalize(dict, env);
  }
  const project = bindProject(dict, {
    name,
    workingDir: settled.workingDir,
    composeFiles: sources.map((s) => s.path),
    environment: env,
    profiles: settled.profiles,
    consistency: options.consistency !== false,
  });
  resolveServiceEnvironments(project, options.files, true);
  return project;
}

function readSource(yaml: Yaml, options: LoadOptions, path: string): SourceFile {
  let text = '';
  if (path === '-') text = options.stdin ?? '';
  else {
    if (!options.files.exists(path)) throw new ComposeError('notFound', `open ${path}: no such file or directory`);
    if (isDirectory(options.files, path)) throw new ComposeError('other', `read ${path}: is a directory`);
    text = options.files.readFile(path) ?? '';
  }
  let documents: YamlDocument[];
  try {
    documents = parseYamlDocuments(yaml, text);
  } catch (e) {
    if (!(e instanceof YamlError)) throw e;
    const raw = e.topLevel && !options.projectName;
    throw new ComposeError('parse', raw ? e.message : `failed to parse ${path}: ${e.message}`);
  }
  // Without -p, compose-go first decodes the first document into a struct to find `name:`.
  const structError = !options.projectName && documents.length > 0 ? namedStructError(documents[0]) : undefined;
  if (structError) throw new ComposeError('parse', structError);
  return { path, documents };
}

/** cli withNamePrecedenceLoad + loader.projectName. */
function projectName(options: LoadOptions, workingDir: string, sources: SourceFile[], env: Record<string, string>, warnings: Warnings): string {
  if (options.projectName) return options.projectName;
  const fromEnv = env.COMPOSE_PROJECT_NAME;
  if (fromEnv) {
    checkExplicitName(fromEnv);
    return fromEnv;
  }
  let fromFiles = '';
  for (const source of sources) {
    for (const { value } of source.documents) {
      if (isDict(value) && typeof value.name === 'string' && value.name !== '') fromFiles = value.name;
    }
  }
  const named = fromFiles !== '';
  if (options.interpolate !== false && named) {
    const lookup = (k: string) => (Object.hasOwn(env, k) ? env[k] : undefined);
    fromFiles = substitute(fromFiles, lookup, (m) => warnings.warn(m));
  }
  if (options.normalize !== false) fromFiles = normalizeProjectName(fromFiles);
  if (fromFiles !== '') return fromFiles;
  return named ? '' : normalizeProjectName(basename(workingDir));
}

interface DocContext {
  options: LoadOptions;
  env: Record<string, string>;
  warnings: Warnings;
  /** loader's versionWarning list: one warning per file. */
  versionWarned: Set<string>;
}

function processDocument(dict: Dict, raw: unknown, path: string, ctx: DocContext): Dict {
  const { options, env, warnings } = ctx;
  const converted = stringKeys(raw, '');
  if (!isDict(converted)) throw new ComposeError('other', 'top-level object must be a mapping');
  let cfg = converted;
  if (options.interpolate !== false) {
    cfg = interpolateDict(cfg, (k) => (Object.hasOwn(env, k) ? env[k] : undefined), warnings);
  }
  let merged = enforceUnicity(mergeDicts(dict, cfg)) as Dict;
  const error = validateSchema(composeSpec, merged);
  if (error !== undefined) throw new ComposeError('validation', `validating ${path}: ${error}`);
  if (Object.hasOwn(merged, 'version')) {
    if (!ctx.versionWarned.has(path)) {
      ctx.versionWarned.add(path);
      warnings.warn(`${path}: the attribute \`version\` is obsolete, it will be ignored, please remove it to avoid potential confusion`);
    }
    delete merged.version;
  }
  merged = canonical(merged, warnings);
  return enforceUnicity(merged) as Dict;
}

/** convertToStringKeysRecursive: a non-string key anywhere fails with its location. */
function stringKeys(value: unknown, prefix: string): unknown {
  if (value instanceof Map) {
    for (const key of value.keys()) {
      if (typeof key !== 'string') {
        const where = prefix === '' ? 'at top level' : `in ${prefix}`;
        throw new ComposeError('other', `non-string key ${where}: ${key === null ? '<nil>' : String(key)}`);
      }
    }
  }
  if (isDict(value)) {
    for (const [k, v] of Object.entries(value)) value[k] = stringKeys(v, prefix === '' ? k : `${prefix}.${k}`);
    return value;
  }
  if (Array.isArray(value)) return value.map((e, i) => stringKeys(e, `${prefix}[${i}]`));
  return value;
}
