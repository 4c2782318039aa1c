// chown and chgrp: names and numbers as root in containers, EPERM for the learner on the host.
import { describe, expect, it } from 'vitest';
import { runLines, type Where } from './run-lines.test-util.ts';

const run = (where: Where, ...lines: string[]) => runLines(where, 'mkdir -p /tmp/d/e && touch /tmp/d/e/f', ...lines);

describe('chown and chgrp', () => {
  it('changes owner and group by name, number, user: and -R', async () => {
    expect(await run('debian', 'chown nobody:nogroup /tmp/d/e/f', "stat -c '%U:%G' /tmp/d/e/f")).toEqual({ stdout: 'nobody:nogroup\n', stderr: '', exitCode: 0 });
    expect(await run('debian', 'chown -R 1000:1000 /tmp/d', "stat -c '%u:%g' /tmp/d /tmp/d/e/f")).toEqual({ stdout: '1000:1000\n1000:1000\n', stderr: '', exitCode: 0 });
    expect(await run('alpine', 'chgrp -R 33 /tmp/d', "stat -c '%U:%g' /tmp/d/e/f")).toEqual({ stdout: 'root:33\n', stderr: '', exitCode: 0 });
    expect(await run('debian', 'chown daemon: /tmp/d', "stat -c '%U:%G' /tmp/d")).toEqual({ stdout: 'daemon:daemon\n', stderr: '', exitCode: 0 });
  });

  it('rejects unknown users and groups', async () => {
    expect(await run('debian', 'chown bogus /tmp/d')).toEqual({ stdout: '', stderr: "chown: invalid user: 'bogus'\n", exitCode: 1 });
    expect(await run('debian', 'chown root:nogrp /tmp/d')).toEqual({ stdout: '', stderr: "chown: invalid group: 'root:nogrp'\n", exitCode: 1 });
    expect(await run('debian', 'chgrp bogus /tmp/d')).toEqual({ stdout: '', stderr: "chgrp: invalid group: 'bogus'\n", exitCode: 1 });
    expect(await run('alpine', 'chown bogus /tmp/d')).toEqual({ stdout: '', stderr: 'chown: unknown user bogus\n', exitCode: 1 });
    expect(await run('host', 'chown bogus /tmp/d')).toEqual({ stdout: '', stderr: 'chown: invalid user: \u2018bogus\u2019\n', exitCode: 1 });
  });

  it('is not permitted for a user who is not root', async () => {
    expect(await run('host', 'touch f', 'chown 0 f')).toEqual({ stdout: '', stderr: "chown: changing ownership of 'f': Operation not permitted\n", exitCode: 1 });
    expect(await run('host', 'touch f', 'chgrp 0 f')).toEqual({ stdout: '', stderr: "chgrp: changing group of 'f': Operation not permitted\n", exitCode: 1 });
  });

  it('reports missing operands and files', async () => {
    expect(await run('debian', 'chown root')).toEqual({ stdout: '', stderr: "chown: missing operand after 'root'\nTry 'chown --help' for more information.\n", exitCode: 1 });
    expect(await run('debian', 'chown root nope')).toEqual({ stdout: '', stderr: "chown: cannot access 'nope': No such file or directory\n", exitCode: 1 });
    expect(await run('alpine', 'chown root nope')).toEqual({ stdout: '', stderr: 'chown: nope: No such file or directory\n', exitCode: 1 });
  });
});
