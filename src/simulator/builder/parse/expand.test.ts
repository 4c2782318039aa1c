import { describe, expect, it } from 'vitest';
import type { Instruction } from './ast.ts';
import { parseDockerfile } from './dockerfile.ts';
import type { EnvList } from './env-list.ts';
import { DockerfileError } from './errors.ts';
import { checkCopyFrom, expandInstruction, expandMounts } from './expand.ts';
import { exposedPorts } from './expose.ts';
import { csvFields } from './mount.ts';

const env: EnvList = [['HOME', '/root'], ['A', '1'], ['PORT', '3000 3001'], ['DIR', '/cache']];

function instr(line: string): Instruction {
  return parseDockerfile(`FROM x\n${line}\n`).stages[0].instructions[0];
}

function thrown(f: () => unknown): { message: string; locations: number[][] } {
  try {
    f();
  } catch (e) {
    if (e instanceof DockerfileError) return { message: e.message, locations: e.locations };
    throw e;
  }
  throw new Error('no error');
}

describe('expandInstruction', () => {
  it('ENV: keys and values, quotes removed, all against the environment before the line', () => {
    const r = expandInstruction(instr('ENV A=2 B=$A C="two words" D=\'$A\' E=${NOPE:-dflt}'), env, '\\');
    expect(r.instruction).toMatchObject({ env: [
      { key: 'A', value: '2' }, { key: 'B', value: '1' }, { key: 'C', value: 'two words' }, { key: 'D', value: '$A' }, { key: 'E', value: 'dflt' },
    ] });
    expect(r.unmatched).toEqual(['NOPE']);
  });
  it('ENV legacy form keeps the rest of the line as the value', () => {
    expect(expandInstruction(instr('ENV GREETING hello   "world" $A'), env, '\\').instruction).toMatchObject({
      env: [{ key: 'GREETING', value: 'hello   world 1', legacy: true }],
    });
  });
  it('LABEL keys and values', () => {
    expect(expandInstruction(instr('LABEL "v$A"="x $HOME"'), env, '\\').instruction).toMatchObject({ labels: [{ key: 'v1', value: 'x /root' }] });
  });
  it('COPY: sources, destination, --chown, --chmod; --from is left alone', () => {
    const r = expandInstruction(instr('COPY --from=build --chown=${A}:$A --chmod=0$A $HOME/a "b" $DIR/'), env, '\\');
    expect(r.instruction).toMatchObject({ sources: ['/root/a', 'b'], dest: '/cache/', chown: '1:1', chmod: '01', from: 'build' });
  });
  it('COPY heredoc bodies expand (quotes kept) unless the delimiter was quoted', () => {
    const df = parseDockerfile('FROM x\nCOPY <<EOF <<"RAW" /etc/\nhome="$HOME" \'$A\'\nEOF\nraw $HOME\nRAW\n');
    const r = expandInstruction(df.stages[0].instructions[0], env, '\\');
    expect(r.instruction).toMatchObject({ inline: [
      { path: 'EOF', data: 'home="/root" \'1\'\n', expand: true },
      { path: 'RAW', data: 'raw $HOME\n', expand: false },
    ] });
  });
  it('ADD also expands --checksum', () => {
    expect(expandInstruction(instr('ADD --checksum=sha256:$A http://x/y /z'), env, '\\').instruction).toMatchObject({ checksum: 'sha256:1' });
  });
  it('WORKDIR, USER, VOLUME, STOPSIGNAL', () => {
    expect(expandInstruction(instr('WORKDIR $HOME/app'), env, '\\').instruction).toMatchObject({ path: '/root/app' });
    expect(expandInstruction(instr('USER ${UID:-1000}:$A'), env, '\\').instruction).toMatchObject({ user: '1000:1' });
    expect(expandInstruction(instr('VOLUME ["$DIR", "/x"]'), env, '\\').instruction).toMatchObject({ volumes: ['/cache', '/x'] });
    expect(expandInstruction(instr('STOPSIGNAL SIG$A'), env, '\\').instruction).toMatchObject({ signal: 'SIG1' });
  });
  it('leaves RUN, CMD, ENTRYPOINT, HEALTHCHECK, SHELL, ONBUILD as written', () => {
    for (const line of ['RUN echo $HOME', 'CMD echo $HOME', 'ENTRYPOINT ["$HOME"]', 'HEALTHCHECK CMD $HOME', 'SHELL ["$HOME"]', 'ONBUILD RUN $HOME']) {
      const i = instr(line);
      expect(expandInstruction(i, env, '\\').instruction).toEqual(i);
    }
  });
  it('uses the escape directive\'s token', () => {
    expect(expandInstruction(instr('WORKDIR C:\\app\\`$A'), env, '`').instruction).toMatchObject({ path: 'C:\\app\\$A' });
  });
  it('reports expansion errors at the instruction', () => {
    expect(thrown(() => expandInstruction(instr('WORKDIR ${X:?must be set}'), env, '\\'))).toEqual({
      message: 'failed to process "${X:?must be set}": X: must be set',
      locations: [[2]],
    });
    expect(thrown(() => expandInstruction(instr('COPY "a b'), env, '\\'))).toEqual({
      message: 'failed to process "\\"a": unexpected end of statement while looking for matching double-quote',
      locations: [[2]],
    });
  });
});

describe('RUN --mount', () => {
  const run = (line: string) => instr(line) as Extract<Instruction, { kind: 'RUN' }>;
  it('parses with expansion and BuildKit defaults', () => {
    const [m] = expandMounts(run('RUN --mount=type=cache,target=$DIR,id=go-$A,sharing=locked go build'), env, '\\');
    expect(m).toMatchObject({ type: 'cache', target: '/cache', cacheId: 'go-1', cacheSharing: 'locked', readOnly: false });
    const [b] = expandMounts(run('RUN --mount=target=/src go build'), env, '\\');
    expect(b).toMatchObject({ type: 'bind', target: '/src', readOnly: true });
    const [s] = expandMounts(run('RUN --mount=type=secret,id=tok,required,env=TOKEN x'), env, '\\');
    expect(s).toMatchObject({ type: 'secret', cacheId: 'tok', required: true, env: 'TOKEN', readOnly: true });
  });
  it('gives BuildKit\'s errors, with suggestions', () => {
    expect(thrown(() => expandMounts(run('RUN --mount=type=cahce,target=/x x'), env, '\\')).message).toBe(
      'unsupported mount type "cahce" (did you mean cache?)',
    );
    expect(thrown(() => expandMounts(run('RUN --mount=type=cache,taget=/x x'), env, '\\')).message).toBe(
      "unexpected key 'taget' in 'taget=/x' (did you mean target?)",
    );
    expect(thrown(() => expandMounts(run('RUN --mount=type=bind,uid=1 x'), env, '\\')).message).toBe('uid not allowed for "bind" type mounts');
    expect(thrown(() => expandMounts(run('RUN --mount=type=secret x'), env, '\\')).message).toBe(
      'invalid secret mount. one of source, target required',
    );
  });
  it('splits CSV as encoding/csv does', () => {
    expect(csvFields('type=bind,"source=a,b",target=/x')).toEqual(['type=bind', 'source=a,b', 'target=/x']);
    expect(csvFields('a,"b""c"')).toEqual(['a', 'b"c']);
    expect(() => csvFields('a,b"c')).toThrow('parse error on line 1, column 4: bare " in non-quoted-field');
    expect(() => csvFields('"a"b')).toThrow('parse error on line 1, column 3: extraneous or missing " in quoted-field');
  });
});

describe('COPY --from', () => {
  it('refuses variables', () => {
    expect(() => checkCopyFrom('build', '\\')).not.toThrow();
    expect(() => checkCopyFrom('$STAGE', '\\')).toThrow(
      'variable expansion is not supported for --from, define a new stage with FROM using ARG from global scope as a workaround',
    );
  });
});

describe('EXPOSE at dispatch', () => {
  const expose = (line: string) => instr(line) as Extract<Instruction, { kind: 'EXPOSE' }>;
  it('expands, splits and normalises to port/proto', () => {
    expect(exposedPorts(expose('EXPOSE 80 53/UDP $PORT 7000-7002/tcp'), env, '\\')).toEqual([
      '3000/tcp', '3001/tcp', '53/udp', '7000/tcp', '7001/tcp', '7002/tcp', '80/tcp',
    ]);
  });
  it('rejects bad specs with BuildKit\'s messages', () => {
    expect(thrown(() => exposedPorts(expose('EXPOSE 80/http'), env, '\\'))).toEqual({ message: 'invalid port: "80/http": invalid proto: http', locations: [[2]] });
    expect(thrown(() => exposedPorts(expose('EXPOSE abc'), env, '\\')).message).toBe('invalid containerPort: abc');
    expect(thrown(() => exposedPorts(expose('EXPOSE 70000'), env, '\\')).message).toBe('invalid containerPort: 70000');
  });
});
