// The Dockerfile AST, in two levels as BuildKit has them: `Node` is the raw parse of one logical
// line (parser.Node), `Instruction` the typed command (instructions.*Command). Values are as
// written: quotes and $VARs stay until expand.ts runs them through the shell lexer at build time,
// exactly as BuildKit expands at dispatch. Lines are 1-based and inclusive.
import type { CheckOptions } from './directives.ts';

export interface LineRange {
  start: number;
  end: number;
}

export interface Heredoc {
  /** The terminator word without its quotes (EOF for <<"EOF"). */
  name: string;
  fileDescriptor: number;
  /** False when any part of the delimiter was quoted: the body is taken literally. */
  expand: boolean;
  /** <<- : leading tabs are stripped from the body and from the terminator line. */
  chomp: boolean;
  /** Body lines with their line endings, leading tabs not yet stripped. */
  content: string;
}

/** One logical line as parser.Parse leaves it. */
export interface Node {
  /** The instruction word as written (RUN, run, Run, or an unknown word). */
  value: string;
  /** The joined logical line, continuations removed. */
  original: string;
  /** Leading `--flag[=value]` words, quotes removed. */
  flags: string[];
  /** The parsed arguments (parser "Next" values); [] when there were none. */
  args: string[];
  /** ONBUILD's trigger, parsed as its own node. */
  sub: Node | null;
  /** Arguments were a JSON array. */
  json: boolean;
  heredocs: Heredoc[];
  range: LineRange;
  /** Comment lines directly above (a blank `#` resets them). */
  comments: string[];
}

/** CMD / ENTRYPOINT / RUN / HEALTHCHECK CMD: exec form keeps the array, shell form one string. */
export interface CommandLine {
  /** 'shell' = PrependShell (run through SHELL, default /bin/sh -c). */
  form: 'exec' | 'shell';
  /** Exec form: the array. Shell form: [] or [the whole command text]. */
  args: string[];
}

export interface KeyValue {
  key: string;
  value: string;
  /** Written in the legacy `ENV key value` form. */
  legacy: boolean;
}

export interface ArgDecl {
  key: string;
  /** null: `ARG NAME` without a default. */
  value: string | null;
  /** From a comment line `# NAME description` directly above (build outlines show it). */
  docComment: string;
}

/** A heredoc used as a COPY/ADD source: an inline file. */
export interface InlineSource {
  path: string;
  data: string;
  expand: boolean;
}

interface Base {
  /** The instruction word as written. */
  name: string;
  range: LineRange;
  /** The logical line, trimmed: what BuildKit prints in step names and history. */
  original: string;
  comments: string[];
}

export type Instruction =
  | (Base & { kind: 'RUN'; command: CommandLine; heredocs: Heredoc[]; mounts: string[]; network: 'default' | 'none' | 'host'; security: 'sandbox' | 'insecure'; devices: string[]; flagsUsed: string[] })
  | (Base & { kind: 'CMD'; command: CommandLine })
  | (Base & { kind: 'ENTRYPOINT'; command: CommandLine })
  | (Base & { kind: 'LABEL'; labels: KeyValue[] })
  | (Base & { kind: 'MAINTAINER'; maintainer: string })
  | (Base & { kind: 'EXPOSE'; ports: string[] })
  | (Base & { kind: 'ENV'; env: KeyValue[] })
  | (Base & { kind: 'ADD'; sources: string[]; inline: InlineSource[]; dest: string; chown: string; chmod: string; link: boolean; keepGitDir: boolean | null; checksum: string; unpack: boolean | null; excludes: string[] })
  | (Base & { kind: 'COPY'; sources: string[]; inline: InlineSource[]; dest: string; from: string; chown: string; chmod: string; link: boolean; parents: boolean; excludes: string[] })
  | (Base & { kind: 'VOLUME'; volumes: string[] })
  | (Base & { kind: 'USER'; user: string })
  | (Base & { kind: 'WORKDIR'; path: string })
  | (Base & { kind: 'ARG'; args: ArgDecl[] })
  | (Base & { kind: 'ONBUILD'; expression: string })
  | (Base & { kind: 'STOPSIGNAL'; signal: string })
  | (Base & { kind: 'HEALTHCHECK'; health: HealthConfig })
  | (Base & { kind: 'SHELL'; shell: string[] });

export type InstructionKind = Instruction['kind'];

/** dockerspec.HealthcheckConfig; durations in nanoseconds as Go's time.Duration, 0 = unset. */
export interface HealthConfig {
  /** ['NONE'] | ['CMD', ...exec] | ['CMD-SHELL', command]. */
  test: string[];
  interval: number;
  timeout: number;
  startPeriod: number;
  startInterval: number;
  retries: number;
}

/** A build stage: its FROM line and the instructions up to the next FROM. */
export interface Stage {
  /** Stage name, lowercased ('' when unnamed). */
  name: string;
  /** The image or stage reference as written (expanded at build time with global ARGs). */
  baseName: string;
  /** --platform as written, '' when absent. */
  platform: string;
  /** The FROM word as written. */
  fromName: string;
  original: string;
  range: LineRange;
  comments: string[];
  instructions: Instruction[];
}

export interface Warning {
  rule: 'NoEmptyContinuation';
  message: string;
  line: number;
}

export interface Dockerfile {
  escapeToken: '\\' | '`';
  /** The `# check=` directive's lint options (all off when absent). */
  check: CheckOptions;
  directives: { name: 'syntax' | 'escape' | 'check'; value: string; line: number }[];
  /** ARG instructions before the first FROM. */
  metaArgs: Extract<Instruction, { kind: 'ARG' }>[];
  stages: Stage[];
  warnings: Warning[];
}
