import { describe, expect, it } from 'vitest';
import { parseDockerfile } from './dockerfile.ts';
import { DockerfileError, formatBuildFailure, formatSourceExcerpt } from './errors.ts';

// [name, Dockerfile, message, locations]: messages and lines as BuildKit v0.32.2 reports them
// (generated with its parser and instructions packages, then reviewed).
const CASES: [string, string, string, number[][]][] = [
  ["unknown-instruction", "FROM alpine\n\nRUNN echo hi\n", "dockerfile parse error on line 3: unknown instruction: RUNN (did you mean RUN?)", [[3]]],
  ["unknown-lower", "FROM alpine\ncopyy a b\n", "dockerfile parse error on line 2: unknown instruction: copyy (did you mean copy?)", [[2]]],
  ["unknown-far", "FROM alpine\nBUILD x\n", "dockerfile parse error on line 2: unknown instruction: BUILD (did you mean ONBUILD?)", [[2]]],
  ["unknown-echo", "FROM alpine\nRUN cat > /x <<EOF\n{\n}\nEOF\necho oops\n", "dockerfile parse error on line 6: unknown instruction: echo", [[6]]],
  ["no-from", "# hi\nRUN echo hi\n", "no build stage in current context", [[2]]],
  ["comments-only", "# one\n# two\n", "file with no instructions", [[2]]],
  ["blank-only", "\n\n", "file with no instructions", [[2]]],
  ["env-one-arg", "FROM alpine\nENV FOO\n", "ENV must have two arguments", [[2]]],
  ["env-blank-name", "FROM alpine\nENV =x\n", "dockerfile parse error on line 2: ENV names can not be blank", [[2]]],
  ["env-mixed", "FROM alpine\nENV a=1 b\n", "Syntax error - can't find = in \"b\". Must be of the form: name=value", [[2]]],
  ["env-none", "FROM alpine\nENV\n", "dockerfile parse error on line 2: ENV requires at least one argument", [[2]]],
  ["label-none", "FROM alpine\nLABEL\n", "dockerfile parse error on line 2: LABEL requires at least one argument", [[2]]],
  ["label-one", "FROM alpine\nLABEL x\n", "LABEL must have two arguments", [[2]]],
  ["shell-not-json", "FROM alpine\nSHELL /bin/bash -c\n", "dockerfile parse error on line 2: SHELL requires the arguments to be in JSON form", [[2]]],
  ["shell-empty", "FROM alpine\nSHELL []\n", "dockerfile parse error on line 2: SHELL requires at least one argument", [[2]]],
  ["json-not-strings", "FROM alpine\nCMD [\"a\", 1]\n", "when using JSON array syntax, arrays must be comprised of strings only", [[2]]],
  ["copy-one-arg", "FROM alpine\nCOPY app\n", "dockerfile parse error on line 2: COPY requires at least two arguments, but only one was provided. Destination could not be determined", [[2]]],
  ["add-one-arg", "FROM alpine\nADD app\n", "dockerfile parse error on line 2: ADD requires at least two arguments, but only one was provided. Destination could not be determined", [[2]]],
  ["copy-heredoc-dest", "FROM alpine\nCOPY a <<EOF\nx\nEOF\n", "dockerfile parse error on line 2: COPY cannot accept a heredoc as a destination", [[2, 3, 4]]],
  ["unterminated-heredoc", "FROM alpine\nRUN <<EOF\necho hi\n", "unterminated heredoc", [[2, 3]]],
  ["unknown-flag", "FROM alpine\nCOPY --chmown=1 a b\n", "dockerfile parse error on line 2: unknown flag: --chmown (did you mean chown?)", [[2]]],
  ["unknown-flag-far", "FROM alpine\nCOPY --foo=1 a b\n", "dockerfile parse error on line 2: unknown flag: --foo (did you mean from?)", [[2]]],
  ["flag-no-value", "FROM alpine\nCOPY --from a b\n", "dockerfile parse error on line 2: missing a value on flag: --from", [[2]]],
  ["flag-dup", "FROM alpine\nCOPY --from=a --from=b a b\n", "dockerfile parse error on line 2: duplicate flag specified: --from", [[2]]],
  ["bool-flag-bad", "FROM alpine\nCOPY --link=maybe a b\n", "dockerfile parse error on line 2: expecting boolean value for flag --link, not: maybe", [[2]]],
  ["bool-flag-empty", "FROM alpine\nCOPY --link= a b\n", "dockerfile parse error on line 2: missing a value on flag: --link", [[2]]],
  ["run-network", "FROM alpine\nRUN --network=bridge echo\n", "dockerfile parse error on line 2: invalid network mode \"bridge\"", [[2]]],
  ["run-security", "FROM alpine\nRUN --security=x echo\n", "dockerfile parse error on line 2: security \"x\" is not valid", [[2]]],
  ["run-mount-from-var", "FROM alpine\nRUN --mount=from=$X,target=/x echo\n", "dockerfile parse error on line 2: 'from' doesn't support variable expansion, define alias stage instead", [[2]]],
  ["run-mount-empty", "FROM alpine\nRUN --mount= echo\n", "dockerfile parse error on line 2: failed to parse csv mounts: EOF", [[2]]],
  ["from-two-args", "FROM alpine AS\n", "dockerfile parse error on line 1: FROM requires either one or three arguments", [[1]]],
  ["from-none", "FROM\n", "dockerfile parse error on line 1: FROM requires either one or three arguments", [[1]]],
  ["from-bad-name", "FROM alpine AS 1st\n", "dockerfile parse error on line 1: invalid name for build stage: \"1st\", name can't start with a number or contain symbols", [[1]]],
  ["from-bad-name2", "FROM alpine AS My_Stage!\n", "dockerfile parse error on line 1: invalid name for build stage: \"My_Stage!\", name can't start with a number or contain symbols", [[1]]],
  ["from-unknown-flag", "FROM --platfrom=linux/amd64 alpine\n", "dockerfile parse error on line 1: unknown flag: --platfrom (did you mean platform?)", [[1]]],
  ["workdir-none", "FROM alpine\nWORKDIR\n", "dockerfile parse error on line 2: WORKDIR requires exactly one argument", [[2]]],
  ["user-none", "FROM alpine\nUSER\n", "dockerfile parse error on line 2: USER requires exactly one argument", [[2]]],
  ["maintainer-none", "FROM alpine\nMAINTAINER\n", "dockerfile parse error on line 2: MAINTAINER requires exactly one argument", [[2]]],
  ["expose-none", "FROM alpine\nEXPOSE\n", "dockerfile parse error on line 2: EXPOSE requires at least one argument", [[2]]],
  ["volume-none", "FROM alpine\nVOLUME\n", "dockerfile parse error on line 2: VOLUME requires at least one argument", [[2]]],
  ["volume-empty-json", "FROM alpine\nVOLUME [\"\"]\n", "dockerfile parse error on line 2: VOLUME specified can not be an empty string", [[2]]],
  ["stopsignal-none", "FROM alpine\nSTOPSIGNAL\n", "dockerfile parse error on line 2: STOPSIGNAL requires exactly one argument", [[2]]],
  ["arg-none", "FROM alpine\nARG\n", "dockerfile parse error on line 2: ARG requires at least one argument", [[2]]],
  ["arg-blank", "FROM alpine\nARG =x\n", "dockerfile parse error on line 2: ARG names can not be blank", [[2]]],
  ["onbuild-none", "FROM alpine\nONBUILD\n", "dockerfile parse error on line 2: ONBUILD requires at least one argument", [[2]]],
  ["onbuild-onbuild", "FROM alpine\nONBUILD ONBUILD RUN x\n", "dockerfile parse error on line 2: Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed", [[2]]],
  ["onbuild-from", "FROM alpine\nONBUILD FROM x\n", "dockerfile parse error on line 2: FROM isn't allowed as an ONBUILD trigger", [[2]]],
  ["onbuild-maint", "FROM alpine\nonbuild maintainer x\n", "dockerfile parse error on line 2: MAINTAINER isn't allowed as an ONBUILD trigger", [[2]]],
  ["hc-none", "FROM alpine\nHEALTHCHECK\n", "dockerfile parse error on line 2: HEALTHCHECK requires at least one argument", [[2]]],
  ["hc-none-args", "FROM alpine\nHEALTHCHECK NONE x\n", "dockerfile parse error on line 2: HEALTHCHECK NONE takes no arguments", [[2]]],
  ["hc-bad-type", "FROM alpine\nHEALTHCHECK FOO x\n", "dockerfile parse error on line 2: Unknown type \"FOO\" in HEALTHCHECK (try CMD)", [[2]]],
  ["hc-cmd-missing", "FROM alpine\nHEALTHCHECK CMD\n", "dockerfile parse error on line 2: Missing command after HEALTHCHECK CMD", [[2]]],
  ["hc-interval", "FROM alpine\nHEALTHCHECK --interval=abc CMD x\n", "dockerfile parse error on line 2: time: invalid duration \"abc\"", [[2]]],
  ["hc-interval-unit", "FROM alpine\nHEALTHCHECK --interval=10 CMD x\n", "dockerfile parse error on line 2: time: missing unit in duration \"10\"", [[2]]],
  ["hc-interval-small", "FROM alpine\nHEALTHCHECK --interval=10us CMD x\n", "dockerfile parse error on line 2: Interval \"interval\" cannot be less than 1ms", [[2]]],
  ["hc-retries", "FROM alpine\nHEALTHCHECK --retries=x CMD x\n", "dockerfile parse error on line 2: strconv.ParseInt: parsing \"x\": invalid syntax", [[2]]],
  ["hc-retries-neg", "FROM alpine\nHEALTHCHECK --retries=-1 CMD x\n", "dockerfile parse error on line 2: --retries cannot be negative (-1)", [[2]]],
  ["escape-bad", "# escape=x\nFROM alpine\n", "invalid escape token 'x' does not match ` or \\", [[0]]],
  ["escape-dup", "# escape=\\\n# escape=`\nFROM alpine\n", "only one escape parser directive can be used", [[1]]],
  ["syntax-dup", "# syntax=a\n# syntax=b\nFROM alpine\n", "only one syntax parser directive can be used", [[1]]],
  ["multiline-error", "FROM alpine\nRUNN echo \\\n  a \\\n  b\n", "dockerfile parse error on line 2: unknown instruction: RUNN (did you mean RUN?)", [[2, 3, 4]]],
  ["cmd-flag", "FROM alpine\nCMD --foo=bar echo\n", "dockerfile parse error on line 2: unknown flag: --foo", [[2]]],
  ["arg-flag-ignored", "FROM alpine\nARG --foo=bar\n", "dockerfile parse error on line 2: ARG requires at least one argument", [[2]]],
  ["env-syntax", "FROM alpine\nENV a=1 \"b c\"\n", "Syntax error - can't find = in \"\\\"b c\\\"\". Must be of the form: name=value", [[2]]],
];

function failure(src: string): { message: string; locations: number[][] } {
  try {
    parseDockerfile(src);
  } catch (e) {
    if (e instanceof DockerfileError) return { message: e.message, locations: e.locations };
    throw e;
  }
  throw new Error('parsed without error');
}

describe('Dockerfile errors as BuildKit reports them', () => {
  for (const [name, src, message, locations] of CASES) {
    it(name, () => {
      expect(failure(src)).toEqual({ message, locations });
    });
  }
  it('an empty file', () => {
    expect(failure('')).toEqual({ message: 'the Dockerfile cannot be empty', locations: [] });
  });
  it('only global ARGs', () => {
    expect(failure('ARG A=1\n')).toEqual({ message: 'dockerfile contains no stages to build', locations: [] });
  });
  it('a bad # check= directive', () => {
    expect(failure('# check=foo\nFROM alpine\n').message).toBe('failed to parse check options: invalid check option "foo"');
    expect(failure('# check=error=maybe\nFROM alpine\n').message).toBe(
      'failed to parse check options: failed to parse check option "error=maybe": strconv.ParseBool: parsing "maybe": invalid syntax',
    );
  });
});

describe('docker build output for a rejected Dockerfile', () => {
  it('prints the source excerpt, then the ERROR line', () => {
    const src = 'FROM alpine\nWORKDIR /app\nCOPY . .\nRUNN npm install\nCMD ["node", "index.js"]\n';
    const err = new DockerfileError('dockerfile parse error on line 4: unknown instruction: RUNN (did you mean RUN?)', [[4]]);
    expect(formatBuildFailure(err, 'Dockerfile', src)).toBe(
      [
        'Dockerfile:4',
        '--------------------',
        '   2 |     WORKDIR /app',
        '   3 |     COPY . .',
        '   4 | >>> RUNN npm install',
        '   5 |     CMD ["node", "index.js"]',
        '   6 |     ',
        '--------------------',
        'ERROR: failed to build: failed to solve: dockerfile parse error on line 4: unknown instruction: RUNN (did you mean RUN?)',
        '',
      ].join('\n'),
    );
  });
  it('marks every line of a multi-line instruction and pads by one line each side', () => {
    const src = 'FROM alpine\nRUNN echo \\\n  a \\\n  b\nCMD x';
    expect(formatSourceExcerpt('Dockerfile', src, [2, 3, 4])).toBe(
      [
        'Dockerfile:2',
        '--------------------',
        '   1 |     FROM alpine',
        '   2 | >>> RUNN echo \\',
        '   3 | >>>   a \\',
        '   4 | >>>   b',
        '   5 |     CMD x',
        '--------------------',
        '',
      ].join('\n'),
    );
  });
  it('prints no excerpt for errors without a line (line 0 or none)', () => {
    expect(formatSourceExcerpt('Dockerfile', 'FROM a\n', [0])).toBe('');
    const err = new DockerfileError('the Dockerfile cannot be empty');
    expect(formatBuildFailure(err, 'Dockerfile', '')).toBe('ERROR: failed to build: failed to solve: the Dockerfile cannot be empty\n');
  });
});
