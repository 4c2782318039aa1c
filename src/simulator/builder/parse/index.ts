// The Dockerfile front end, loaded only when a build runs: import it with
// `await import('../builder/parse/index.ts')` (never statically) so lesson pages stay light.
// Parsing mirrors BuildKit v0.32 (Docker 29's builder); see README.md.
export type {
  ArgDecl, CommandLine, Dockerfile, Heredoc, HealthConfig, InlineSource, Instruction, InstructionKind, KeyValue,
  LineRange, Node, Stage, Warning,
} from './ast.ts';
export { parseDockerfile, parseOnbuildTrigger } from './dockerfile.ts';
export { parseNodes } from './nodes.ts';
export { DockerfileError, formatBuildFailure, formatSourceExcerpt } from './errors.ts';
export { type CheckOptions, findDirective, parseCheckOptions } from './directives.ts';
export { chompHeredocContent, parseHeredoc } from './heredoc.ts';
export { type EnvGetter, envFromList, LexError, type LexOptions, processWord, processWords, type ProcessResult } from './shell-lex.ts';
export { type EnvList, envFromStrings, envGet, envGetter, envSet, envToStrings } from './env-list.ts';
export { type ArgOptions, declareArgs, type DeclaredArgs, globalArgs, platformArgs, type PlatformSpec, proxyEnv, resolveFrom, runCommandString } from './args.ts';
export { checkCopyFrom, expandInstruction, expandMounts, type ExpandResult } from './expand.ts';
export { exposedPorts } from './expose.ts';
export { type Mount, type MountType, parseMount } from './mount.ts';
