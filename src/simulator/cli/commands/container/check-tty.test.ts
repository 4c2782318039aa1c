// docker/cli's In.CheckTty for `run -it` and `exec -it`: a TTY with stdin attached needs the
// client's stdin to be a terminal (not a pipe, a file or /dev/null). The check comes after the
// container lookup (exec) and before anything is created or pulled (run); -d skips it.
import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../index.ts';

const T0 = Date.UTC(2026, 10, 25, 10, 0, 0);
const NOT_A_TERMINAL = { stdout: '', stderr: 'cannot attach stdin to a TTY-enabled container because stdin is not a terminal\n', exitCode: 1 };

describe('stdin that is not a terminal with -it', () => {
  it('docker run -it refuses before pulling or creating anything', async () => {
    const sim = createSimulator({ seed: 1, clock: () => T0 });
    expect(await sim.run('echo ls | docker run -it alpine sh')).toEqual(NOT_A_TERMINAL);
    expect(await sim.run('docker run -it alpine sh < /dev/null')).toEqual(NOT_A_TERMINAL);
    expect(await sim.run('docker images -q; docker ps -aq')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
  });

  it('docker exec -it refuses after finding the container; -i alone or -d do not', async () => {
    const sim = createSimulator({ seed: 1, clock: () => T0 });
    await sim.run('docker pull -q alpine');
    await sim.run('docker run -d --name box alpine sleep 600');
    expect(await sim.run('echo ls | docker exec -it nosuch sh')).toEqual({ stdout: '', stderr: 'Error response from daemon: No such container: nosuch\n', exitCode: 1 });
    expect(await sim.run('echo ls | docker exec -it box sh')).toEqual(NOT_A_TERMINAL);
    expect(await sim.run('echo "echo hi" | docker exec -i box sh')).toEqual({ stdout: 'hi\n', stderr: '', exitCode: 0 });
    expect(await sim.run('echo ls | docker exec -dit box sh')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
  });
});
