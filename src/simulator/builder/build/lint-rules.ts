// BuildKit's Dockerfile lint rules (frontend/dockerfile/linter/ruleset.go) that the simulated
// builder checks: name, description, URL. A warning's short form is linter.LintFormatShort's
// `Rule: message (line N)`; `docker --debug build` prints the description, URL and source too.
export interface LintWarning {
  rule: string;
  message: string;
  /** Lines of the instruction (the excerpt's `>>>` lines); [] when the rule has no location. */
  lines: number[];
}

const DOCS = 'https://docs.docker.com/go/dockerfile/rule/';

export const RULES: Record<string, { description: string; url: string }> = {
  StageNameCasing: { description: 'Stage names should be lowercase', url: `${DOCS}stage-name-casing/` },
  FromAsCasing: { description: "The 'as' keyword should match the case of the 'from' keyword", url: `${DOCS}from-as-casing/` },
  NoEmptyContinuation: { description: 'Empty continuation lines will become errors in a future release', url: `${DOCS}no-empty-continuation/` },
  ConsistentInstructionCasing: {
    description: 'All commands within the Dockerfile should use the same casing (either upper or lower)',
    url: `${DOCS}consistent-instruction-casing/`,
  },
  DuplicateStageName: { description: 'Stage names should be unique', url: `${DOCS}duplicate-stage-name/` },
  ReservedStageName: { description: 'Reserved words should not be used as stage names', url: `${DOCS}reserved-stage-name/` },
  JSONArgsRecommended: {
    description: 'JSON arguments recommended for ENTRYPOINT/CMD to prevent unintended behavior related to OS signals',
    url: `${DOCS}json-args-recommended/`,
  },
  MaintainerDeprecated: {
    description: 'The MAINTAINER instruction is deprecated, use a label instead to define an image author',
    url: `${DOCS}maintainer-deprecated/`,
  },
  UndefinedArgInFrom: { description: 'FROM command must use declared ARGs', url: `${DOCS}undefined-arg-in-from/` },
  WorkdirRelativePath: {
    description: 'Relative workdir without an absolute workdir declared within the build can have unexpected results if the base image changes',
    url: `${DOCS}workdir-relative-path/`,
  },
  UndefinedVar: { description: 'Variables should be defined before their use', url: `${DOCS}undefined-var/` },
  MultipleInstructionsDisallowed: {
    description: 'Multiple instructions of the same type should not be used in the same stage',
    url: `${DOCS}multiple-instructions-disallowed/`,
  },
  LegacyKeyValueFormat: { description: 'Legacy key/value format with whitespace separator should not be used', url: `${DOCS}legacy-key-value-format/` },
  RedundantTargetPlatform: {
    description: 'Setting platform to predefined $TARGETPLATFORM in FROM is redundant as this is the default behavior',
    url: `${DOCS}redundant-target-platform/`,
  },
  SecretsUsedInArgOrEnv: { description: 'Sensitive data should not be used in the ARG or ENV commands', url: `${DOCS}secrets-used-in-arg-or-env/` },
  InvalidDefaultArgInFrom: {
    description: 'Default value for global ARG results in an empty or invalid base image name',
    url: `${DOCS}invalid-default-arg-in-from/`,
  },
  FromPlatformFlagConstDisallowed: { description: 'FROM --platform flag should not use a constant value', url: `${DOCS}from-platform-flag-const-disallowed/` },
  CopyIgnoredFile: { description: 'Attempting to Copy file that is excluded by .dockerignore', url: `${DOCS}copy-ignored-file/` },
  ExposeProtoCasing: { description: 'Protocol in EXPOSE instruction should be lowercase', url: `${DOCS}expose-proto-casing/` },
  ExposeInvalidFormat: {
    description: 'IP address and host-port mapping should not be used in EXPOSE instruction. This will become an error in a future release',
    url: `${DOCS}expose-invalid-format/`,
  },
};

/** linter.LintFormatShort. */
export function shortForm(w: LintWarning): string {
  return `${w.rule}: ${w.message}${w.lines.length > 0 ? ` (line ${w.lines[0]})` : ''}`;
}

const SECRET = /(?:_|^)(?:apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)(?:_|$)/i;
const ALLOW = /(?:_|^)(?:public|file|version)(?:_|$)/i;

/** validateNoSecretKey's test. */
export function looksSecret(key: string): boolean {
  return SECRET.test(key) && !ALLOW.test(key);
}

/** Collects warnings, honouring `# check=skip=...` (the rule still counts for error=true when not skipped). */
export class Linter {
  readonly warnings: LintWarning[] = [];
  private readonly skip: Set<string>;
  private readonly skipAll: boolean;

  constructor(opts: { skipAll: boolean; skip: readonly string[] }) {
    this.skipAll = opts.skipAll;
    this.skip = new Set(opts.skip);
  }

  run(rule: string, message: string, lines: number[]): void {
    if (this.skipAll || this.skip.has(rule)) return;
    this.warnings.push({ rule, message, lines });
  }
}
