// The terminal session through the public API: the host's bash and files, docker as one of its
// programs, the stack of container shells (`docker run -it`, `exec -it`, `start -ai`, `attach`)
// and snapshots that restore all of it exactly.
import { describe, expect, it } from 'vitest';
import { createSimulator } from '../index.ts';
import type { SimEvent } from '../types.ts';

const T0 = Date.UTC(2026, 10, 25, 10, 0, 0);

function setup(files: Record<string, string> = { 'site/index.html': '<h1>Hi</h1>\n' }) {
  let now = T0;
  const sim = createSimulator({ seed: 9, clock: () => now, files });
  const tick = (ms: number) => (now += ms);
  const container = (name: string) =>
    Object.values((sim.snapshot() as unknown as { world: { containers: Record<string, { id: string; name: string; state: { status: string; exitCode: number } }> } }).world.containers).find(
      (c) => c.name === name,
    );
  return { sim, tick, container };
}

const ok = (stdout: string, stderr = '') => ({ stdout, stderr, exitCode: 0 });

describe('the host', () => {
  it('starts in the learner\'s home with the lesson\'s files, on a Debian 13 machine named dockyard', async () => {
    const { sim } = setup();
    expect(sim.prompt).toBe('learner@dockyard:~$ ');
    expect(await sim.run('pwd')).toEqual(ok('/home/learner\n'));
    expect(await sim.run('ls -la')).toEqual(
      ok('total 12\ndrwx------ 3 learner learner 4096 Nov 25 10:00 .\ndrwxr-xr-x 3 root    root    4096 Nov 25 10:00 ..\ndrwxr-xr-x 2 learner learner 4096 Nov 25 10:00 site\n'),
    );
    expect(await sim.run('cat site/index.html')).toEqual(ok('<h1>Hi</h1>\n'));
    expect(await sim.run('hostname; whoami; id')).toEqual(ok('dockyard\nlearner\nuid=1000(learner) gid=1000(learner) groups=1000(learner),988(docker)\n'));
    expect((await sim.run('cat /etc/os-release')).stdout.split('\n')[0]).toBe('PRETTY_NAME="Debian GNU/Linux 13 (trixie)"');
    expect(await sim.run('which docker bash')).toEqual(ok('/usr/bin/docker\n/usr/bin/bash\n'));
  });

  it('follows the working directory in the prompt', async () => {
    const { sim } = setup();
    await sim.run('cd site');
    expect(sim.prompt).toBe('learner@dockyard:~/site$ ');
    await sim.run('cd /tmp');
    expect(sim.prompt).toBe('learner@dockyard:/tmp$ ');
    await sim.run('cd');
    expect(sim.prompt).toBe('learner@dockyard:~$ ');
  });

  it('says what bash says for a missing command and a protected file', async () => {
    const { sim } = setup();
    expect(await sim.run('nope')).toEqual({ stdout: '', stderr: 'bash: nope: command not found\n', exitCode: 127 });
    expect(await sim.run('echo x > /etc/motd')).toEqual({ stdout: '', stderr: 'bash: /etc/motd: Permission denied\n', exitCode: 1 });
    expect(await sim.run('ls /root')).toEqual({ stdout: '', stderr: "ls: cannot open directory '/root': Permission denied\n", exitCode: 2 });
  });

  it('writes a Dockerfile with a here-document over several lines (PS2 prompt)', async () => {
    const { sim } = setup();
    expect(await sim.run("cat > Dockerfile <<'EOF'")).toEqual(ok(''));
    expect(sim.prompt).toBe('> ');
    await sim.run('FROM alpine');
    await sim.run('CMD ["echo", "$HOME"]');
    await sim.run('EOF');
    expect(sim.prompt).toBe('learner@dockyard:~$ ');
    expect(await sim.run('cat Dockerfile')).toEqual(ok('FROM alpine\nCMD ["echo", "$HOME"]\n'));
  });

  it('runs docker as a program: pipes, $?, && and streamed output', async () => {
    const { sim } = setup();
    const streamed: string[] = [];
    const r = await sim.run('docker pull alpine > /dev/null && docker images --format "{{.Repository}}" | grep alp', { onOutput: (t) => streamed.push(t) });
    expect(r).toEqual(ok('alpine\n'));
    expect(streamed.join('')).toBe('alpine\n');
    expect(await sim.run('docker inspect nope > /dev/null 2>&1; echo $?')).toEqual(ok('1\n'));
  });

  it('reads --env-file from the host\'s files, relative to the working directory', async () => {
    const { sim } = setup({ 'app/.env': 'GREETING=hi\n' });
    await sim.run('cd app');
    expect((await sim.run('docker run --rm --env-file .env alpine printenv GREETING')).stdout).toBe('hi\n');
  });

  it('lets time pass for sleep, and keeps history', async () => {
    const { sim } = setup();
    await sim.run('sleep 90');
    expect(await sim.run('date')).toEqual(ok('Wed Nov 25 10:01:30 UTC 2026\n'));
    expect(await sim.run('history')).toEqual(ok('    1  sleep 90\n    2  date\n    3  history\n'));
  });
});

describe('container shells', () => {
  it('`docker run -it ubuntu bash` enters a shell and `exit N` stops the container with N', async () => {
    const { sim, container } = setup();
    await sim.run('docker pull -q ubuntu');
    expect(await sim.run('docker run -it --name box ubuntu bash')).toEqual(ok(''));
    const short = container('box')!.id.slice(0, 12);
    expect(sim.prompt).toBe(`root@${short}:/# `);
    expect(await sim.run('cd /root && touch made')).toEqual(ok(''));
    expect(sim.prompt).toBe(`root@${short}:~# `);
    expect(await sim.run('exit 3')).toEqual({ stdout: '', stderr: 'exit\n', exitCode: 3 });
    expect(sim.prompt).toBe('learner@dockyard:~$ ');
    expect(container('box')!.state).toMatchObject({ status: 'exited', exitCode: 3 });
    expect(await sim.run('echo $?')).toEqual(ok('3\n'));
  });

  it('goes on with the rest of the host\'s line after the shell exits', async () => {
    const { sim } = setup();
    await sim.run('docker pull -q alpine');
    expect(await sim.run('docker run -it --rm alpine; echo "back: $?"')).toEqual(ok(''));
    expect(sim.prompt).toBe('/ # ');
    expect(await sim.run('exit 7')).toEqual({ stdout: 'back: 7\n', stderr: '', exitCode: 0 });
    expect(await sim.run('docker ps -aq')).toEqual(ok(''));
  });

  it('ends on Ctrl+D as on exit, with the last status', async () => {
    const { sim, container } = setup();
    await sim.run('docker pull -q ubuntu');
    await sim.run('docker run -it --name box ubuntu');
    await sim.run('false');
    expect(await sim.endOfInput!()).toEqual({ stdout: '', stderr: 'exit\n', exitCode: 1 });
    expect(container('box')!.state).toMatchObject({ status: 'exited', exitCode: 1 });
    expect(await sim.endOfInput!()).toEqual({ stdout: '', stderr: '', exitCode: 1 });
  });

  it('`docker run ubuntu bash` without -it exits at once; -i alone reads lines without a prompt', async () => {
    const { sim, container } = setup();
    await sim.run('docker pull -q ubuntu');
    expect(await sim.run('docker run --name quick ubuntu bash')).toEqual(ok(''));
    expect(container('quick')!.state).toMatchObject({ status: 'exited', exitCode: 0 });
    expect(await sim.run('docker run -i --name piped ubuntu bash')).toEqual(ok(''));
    expect(sim.prompt).toBe('');
    expect(await sim.run('ls /home; nope')).toEqual({ stdout: 'ubuntu\n', stderr: 'bash: line 1: nope: command not found\n', exitCode: 127 });
    expect(await sim.run('exit')).toEqual({ stdout: '', stderr: '', exitCode: 127 });
    expect(sim.prompt).toBe('learner@dockyard:~$ ');
  });

  it('`docker start -ai` and `docker attach` enter the main shell again', async () => {
    const { sim, container } = setup();
    await sim.run('docker pull -q ubuntu');
    await sim.run('docker run -it --name box ubuntu bash');
    await sim.run('exit');
    expect(await sim.run('docker start -ai box')).toEqual(ok(''));
    expect(sim.prompt).toMatch(/^root@[0-9a-f]{12}:\/# $/);
    await sim.run('exit 2');
    expect(container('box')!.state.exitCode).toBe(2);
    await sim.run('docker run -dit --name bg ubuntu');
    expect(await sim.run('docker attach bg')).toEqual(ok(''));
    expect(await sim.run('echo $HOSTNAME')).toEqual(ok(`${container('bg')!.id.slice(0, 12)}\n`));
    expect(await sim.run('exit')).toEqual(ok('', 'exit\n'));
    expect(container('bg')!.state.status).toBe('exited');
  });

  it('nests `bash` inside a container shell; its exit returns to the outer one', async () => {
    const { sim } = setup();
    await sim.run('docker pull -q ubuntu');
    await sim.run('docker run -it ubuntu');
    await sim.run('bash');
    expect(await sim.run('echo $SHLVL')).toEqual(ok('2\n'));
    await sim.run('exit');
    expect(await sim.run('echo $SHLVL')).toEqual(ok('1\n'));
    expect(sim.prompt).toMatch(/^root@/);
  });

  it('sees a bind mount\'s edits on both sides at once', async () => {
    const { sim } = setup();
    await sim.run('docker pull -q ubuntu');
    await sim.run('docker run -it --rm -v "$PWD/site:/site" ubuntu bash');
    expect(await sim.run('cat /site/index.html; echo inside > /site/new.txt')).toEqual(ok('<h1>Hi</h1>\n'));
    const snap = JSON.parse(JSON.stringify(sim.snapshot()));
    const again = createSimulator({ state: snap, clock: () => T0 });
    expect(await again.run('cat /site/new.txt')).toEqual(ok('inside\n'));
    await again.run('exit');
    expect(await again.run('cat site/new.txt')).toEqual(ok('inside\n'));
  });

  it('announces the prompt when it changes', async () => {
    const { sim } = setup();
    const events: SimEvent[] = [];
    sim.subscribe((e) => events.push(e));
    await sim.run('docker pull -q alpine');
    await sim.run('docker run -it alpine');
    await sim.run('exit');
    expect(events.filter((e) => e.type === 'prompt')).toEqual([
      { type: 'prompt', prompt: '/ # ' },
      { type: 'prompt', prompt: 'learner@dockyard:~$ ' },
    ]);
  });
});

describe('snapshots', () => {
  it('restore the host\'s files, directory, variables and history exactly', async () => {
    const { sim } = setup();
    await sim.run('mkdir -p work && cd work && echo data > f.txt');
    await sim.run('export COLOR=blue');
    const again = createSimulator({ state: JSON.parse(JSON.stringify(sim.snapshot())), clock: () => T0 });
    expect(again.prompt).toBe('learner@dockyard:~/work$ ');
    expect(await again.run('cat f.txt; echo $COLOR')).toEqual(ok('data\nblue\n'));
    expect((await again.run('history')).stdout).toBe('    1  mkdir -p work && cd work && echo data > f.txt\n    2  export COLOR=blue\n    3  cat f.txt; echo $COLOR\n    4  history\n');
    expect(JSON.stringify(again.snapshot())).not.toBe('');
  });

  it('restore a container shell with its directory and variables; exit then stops the container', async () => {
    const { sim, container } = setup();
    await sim.run('docker pull -q ubuntu');
    await sim.run('docker run -it --name box ubuntu bash');
    await sim.run('cd /tmp; X=42; echo kept > file');
    const snap = JSON.parse(JSON.stringify(sim.snapshot()));
    const again = createSimulator({ state: snap, clock: () => T0 });
    expect(again.prompt).toBe(sim.prompt);
    expect(await again.run('echo $X; cat file; pwd')).toEqual(ok('42\nkept\n/tmp\n'));
    expect(await again.run('exit 5')).toEqual({ stdout: '', stderr: 'exit\n', exitCode: 5 });
    expect(again.prompt).toBe('learner@dockyard:~$ ');
    expect(await again.run('echo $?')).toEqual(ok('5\n'));
    expect((await again.run('docker ps -a --format "{{.Names}} {{.Status}}"')).stdout).toMatch(/^box Exited \(5\)/);
    expect(container('box')!.state.status).toBe('running');
  });
});
