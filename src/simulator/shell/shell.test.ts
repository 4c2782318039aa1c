// The interactive shell as a terminal sees it: prompts, continuation lines, history, exit,
// nested shells, images without a program, limits, time, the host's programs.
import { describe, expect, it } from 'vitest';
import { imageRootfs } from '../fs/image-rootfs.ts';
import { createMemoryFs } from '../fs/memory-fs.ts';
import { createUnionFs } from '../fs/union-fs.ts';
import { DEFAULT_LIMITS } from './context.ts';
import { runArgv, runOnce, Shell } from './shell.ts';
import { newState } from './state.ts';
import { containerHost, containerShell, learnerShell, T0 } from './test-host.ts';

async function transcript(sh: Shell, lines: string[]): Promise<string> {
  let out = '';
  for (const line of lines) {
    out += `${sh.prompt}${line}\n`;
    const r = await sh.run(line);
    out += r.stdout + r.stderr;
  }
  return out + sh.prompt;
}

describe('prompts', () => {
  it('shows the host prompt with ~ for the home directory', async () => {
    const sh = learnerShell();
    expect(await transcript(sh, ['mkdir -p site/css', 'cd site/css', 'cd /tmp', 'cd'])).toBe(
      'learner@dockyard:~$ mkdir -p site/css\nlearner@dockyard:~$ cd site/css\nlearner@dockyard:~/site/css$ cd /tmp\nlearner@dockyard:/tmp$ cd\nlearner@dockyard:~$ ',
    );
  });

  it('shows root@<id>:/# in a debian container and / # in alpine', async () => {
    expect(containerShell('debian').prompt).toBe('root@4f5a9c2e1b3d:/# ');
    const alpine = containerShell('alpine');
    expect(await transcript(alpine, ['cd /root', 'cd /etc'])).toBe('/ # cd /root\n~ # cd /etc\n/etc # ');
  });
});

describe('continuation lines', () => {
  it("writes a Dockerfile with cat > Dockerfile <<'EOF', asking for more with > ", async () => {
    const sh = learnerShell();
    const out = await transcript(sh, ["cat > Dockerfile <<'EOF'", 'FROM nginx:alpine', 'COPY $SITE /usr/share/nginx/html', 'EOF', 'cat Dockerfile']);
    expect(out).toBe(
      "learner@dockyard:~$ cat > Dockerfile <<'EOF'\n> FROM nginx:alpine\n> COPY $SITE /usr/share/nginx/html\n> EOF\nlearner@dockyard:~$ cat Dockerfile\nFROM nginx:alpine\nCOPY $SITE /usr/share/nginx/html\nlearner@dockyard:~$ ",
    );
  });

  it('continues an open quote or compound command on the next line', async () => {
    const sh = learnerShell();
    expect(await transcript(sh, ["echo 'one", "two'", 'for i in 1 2', 'do echo $i', 'done'])).toBe(
      "learner@dockyard:~$ echo 'one\n> two'\none\ntwo\nlearner@dockyard:~$ for i in 1 2\n> do echo $i\n> done\n1\n2\nlearner@dockyard:~$ ",
    );
  });

  it('drops a half-typed command on Ctrl+C', async () => {
    const sh = learnerShell();
    await sh.run('if true; then');
    expect(sh.prompt).toBe('> ');
    sh.interrupt();
    expect(sh.prompt).toBe('learner@dockyard:~$ ');
  });
});

describe('history and exit', () => {
  it('numbers history as bash does', async () => {
    const sh = learnerShell();
    await sh.run('echo a');
    await sh.run('ls');
    expect((await sh.run('history')).stdout).toBe('    1  echo a\n    2  ls\n    3  history\n');
  });

  it('exit ends the shell with its status; bash says "exit"', async () => {
    const sh = containerShell('debian');
    expect(await sh.run('exit 3')).toEqual({ stdout: '', stderr: 'exit\n', exitCode: 3, exited: true });
    const alpine = containerShell('alpine');
    expect(await alpine.run('false; exit')).toEqual({ stdout: '', stderr: '', exitCode: 1, exited: true });
  });

  it('an interactive bash says exit before complaining about its arguments', async () => {
    const sh = containerShell('debian');
    expect(await sh.run('exit 3 4')).toEqual({ stdout: '', stderr: 'exit\nbash: exit: too many arguments\n', exitCode: 1, exited: false });
    expect(await sh.run('exit abc')).toEqual({ stdout: '', stderr: 'exit\nbash: exit: abc: numeric argument required\n', exitCode: 2, exited: true });
  });

  it('bash typed at the prompt nests a shell; exit returns to the outer one', async () => {
    const sh = containerShell('debian');
    await sh.run('export A=1; B=2');
    expect(await sh.run('bash')).toMatchObject({ exitCode: 0, exited: false });
    expect((await sh.run('echo "$A-$B"')).stdout).toBe('1-\n');
    expect(await sh.run('exit 4')).toMatchObject({ exitCode: 4, exited: false });
    expect((await sh.run('echo $? $B')).stdout).toBe('4 2\n');
  });
});

describe('end of input and snapshots', () => {
  it('Ctrl+D leaves a nested shell, then the outer one, as exit does', async () => {
    const sh = containerShell('debian');
    await sh.run('bash');
    await sh.run('false');
    expect(sh.endOfInput()).toEqual({ stdout: '', stderr: 'exit\n', exitCode: 1, exited: false });
    expect(sh.endOfInput()).toEqual({ stdout: '', stderr: 'exit\n', exitCode: 1, exited: true });
  });

  it('restores a session from its JSON snapshot: variables, functions, cwd, history', async () => {
    const sh = containerShell('debian');
    await sh.run('cd /etc; X=42; greet() { echo "hi $1"; }');
    await sh.run('for i in 1 2');
    const snap = JSON.parse(JSON.stringify(sh.snapshot()));
    const again = Shell.restore(containerHost('debian'), snap);
    expect(again.prompt).toBe('> ');
    expect((await again.run('do greet $i; done')).stdout).toBe('hi 1\nhi 2\n');
    expect((await again.run('echo $X $PWD; history | tail -1')).stdout).toBe('42 /etc\n    3  echo $X $PWD; history | tail -1\n');
  });
});

describe('programs come from the image', () => {
  it('debian has no ps and no curl; bash says command not found', async () => {
    const sh = containerShell('debian');
    expect(await transcript(sh, ['ps', 'curl localhost', 'which ls bash curl'])).toBe(
      'root@4f5a9c2e1b3d:/# ps\nbash: ps: command not found\nroot@4f5a9c2e1b3d:/# curl localhost\nbash: curl: command not found\nroot@4f5a9c2e1b3d:/# which ls bash curl\n/usr/bin/ls\n/usr/bin/bash\nroot@4f5a9c2e1b3d:/# ',
    );
  });

  it('alpine has no bash; busybox sh says not found', async () => {
    const sh = containerShell('alpine');
    expect(await transcript(sh, ['bash', 'ls /nope'])).toBe('/ # bash\nsh: bash: not found\n/ # ls /nope\nls: /nope: No such file or directory\n/ # ');
  });

  it('an interactive dash counts lines across commands, as `sh: 3: foo: not found` shows', async () => {
    const sh = new Shell({ ...containerHost('debian'), flavour: 'dash' }, newState({ cwd: '/', name: 'sh', env: { PATH: '/usr/bin' }, interactive: true }));
    expect(await transcript(sh, ['true', 'true', 'foo', 'cd /x'])).toBe("# true\n# true\n# foo\nsh: 3: foo: not found\n# cd /x\nsh: 4: cd: can't cd to /x\n# ");
  });

  it('sh is dash on debian: its messages carry a line number', async () => {
    const sh = containerShell('debian');
    expect(await sh.run('sh -c "nope; cd /x"')).toMatchObject({ stderr: 'sh: 1: nope: not found\nsh: 1: cd: can\'t cd to /x\n', exitCode: 2 });
  });

  it('ps lists the container processes once procps is in the image', async () => {
    const fs = createUnionFs({ layers: [imageRootfs({ family: 'debian', version: '13', tools: ['ps'] })], now: () => T0 });
    const sh = new Shell({ ...containerHost('debian'), fs }, newState({ cwd: '/', env: { PATH: '/usr/bin:/bin' }, interactive: true }));
    expect((await sh.run('ps aux')).stdout).toBe(
      'USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND\nroot           1  0.0  0.0   4588  3840 pts/0    Ss   10:00   0:00 bash\nroot           2  0.0  0.0   4588  3840 pts/0    R+   10:00   0:00 ps aux\n',
    );
    expect((await sh.run('ps')).stdout).toBe('    PID TTY          TIME CMD\n      1 pts/0    00:00:00 bash\n      2 pts/0    00:00:00 ps\n');
    expect((await sh.run('ps -ef')).stdout).toBe('UID          PID    PPID  C STIME TTY          TIME CMD\nroot           1       0  0 10:00 pts/0    00:00:00 bash\nroot           2       1  0 10:00 pts/0    00:00:00 ps -ef\n');
  });

  it('runs a script by its #! line once it is executable', async () => {
    const sh = containerShell('debian');
    await sh.run("printf '#!/bin/sh\\necho \"hi from $0 $1\"\\nnope\\n' > /run.sh");
    expect((await sh.run('./nope.sh')).stderr).toBe('bash: ./nope.sh: No such file or directory\n');
    expect((await sh.run('/run.sh')).stderr).toBe('bash: /run.sh: Permission denied\n');
    await sh.run('chmod +x /run.sh');
    expect(await sh.run('/run.sh x')).toMatchObject({ stdout: 'hi from /run.sh x\n', stderr: '/run.sh: 3: nope: not found\n', exitCode: 127 });
  });

  it('env shows the exported variables, with the PWD, SHLVL and _ that bash adds', async () => {
    const sh = containerShell('debian');
    expect((await sh.run('export GREETING=hi; env')).stdout).toBe(
      'HOSTNAME=4f5a9c2e1b3d\nPWD=/\nHOME=/root\nTERM=xterm\nSHLVL=1\nGREETING=hi\nPATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\n_=/usr/bin/env\n',
    );
  });

  it('hands programs it does not implement to the host', async () => {
    const calls: string[][] = [];
    const sh = learnerShell({
      external: (req) => {
        calls.push(req.argv);
        req.io.stdout.write('CONTAINER ID   IMAGE\n');
        return 0;
      },
    });
    expect(await sh.run('docker ps | wc -l')).toMatchObject({ stdout: '1\n', exitCode: 0 });
    expect(calls).toEqual([['docker', 'ps']]);
  });
});

describe('time, limits and interruption', () => {
  it('sleep asks the host to let time pass', async () => {
    const sh = containerShell('debian');
    expect((await sh.run('date +%T; sleep 2.5; date +%T')).stdout).toBe('10:00:00\n10:00:02\n');
  });

  it('stops a loop that never ends with a clear message', async () => {
    const sh = containerShell('debian');
    expect(await sh.run('while true; do :; done; echo never')).toEqual({
      stdout: '',
      stderr: `\ndockyard: stopped after ${DEFAULT_LIMITS.maxSteps} steps (a loop that never ends?)\n`,
      exitCode: 130,
      exited: false,
    });
  });

  it('cuts off runaway output', async () => {
    const host = containerHost('debian');
    const r = await runOnce(host, 'i=0; while [ $i -lt 100 ]; do echo 0123456789; i=$((i+1)); done', { cwd: '/' }, { maxSteps: 100000, maxOutput: 50 });
    expect(r).toEqual({ stdout: '0123456789\n'.repeat(5).slice(0, 50), stderr: '\ndockyard: output cut off after 50 bytes\n', exitCode: 130, exited: true });
  });

  it('ends the run when the host reports an interruption', async () => {
    const sh = learnerShell({ wait: async () => 'interrupted' });
    expect(await sh.run('echo start; sleep 100; echo after')).toEqual({ stdout: 'start\n', stderr: '', exitCode: 130, exited: false });
  });
});

describe('filesystem rules reach the commands', () => {
  it('a read-only mount answers "Read-only file system"', async () => {
    const vol = createMemoryFs({ now: () => T0 });
    const fs = createUnionFs({ layers: [imageRootfs({ family: 'debian', version: '13' })], now: () => T0, mounts: [{ target: '/data', store: vol.store, readonly: true }] });
    const sh = new Shell({ ...containerHost('debian'), fs }, newState({ cwd: '/', env: { PATH: '/usr/bin:/bin' }, interactive: true }));
    expect(await transcript(sh, ['touch /data/x', 'echo hi > /data/x', 'mkdir /data/d'])).toBe(
      "root@4f5a9c2e1b3d:/# touch /data/x\ntouch: cannot touch '/data/x': Read-only file system\nroot@4f5a9c2e1b3d:/# echo hi > /data/x\nbash: /data/x: Read-only file system\nroot@4f5a9c2e1b3d:/# mkdir /data/d\nmkdir: cannot create directory '/data/d': Read-only file system\nroot@4f5a9c2e1b3d:/# ",
    );
  });

  it('two containers of one image never see each other’s files', async () => {
    const a = containerShell('debian');
    const b = containerShell('debian');
    await a.run('echo secret > /tmp/note');
    expect((await b.run('cat /tmp/note')).stderr).toBe('cat: /tmp/note: No such file or directory\n');
  });

  it('uses typographic quotes in mkdir errors under a UTF-8 locale, as coreutils does', async () => {
    const sh = learnerShell();
    await sh.run('mkdir x');
    expect((await sh.run('mkdir x')).stderr).toBe('mkdir: cannot create directory \u2018x\u2019: File exists\n');
  });
});

describe('one-shot runs for docker run and docker exec', () => {
  it('runs argv without a shell and reports a missing program as null', async () => {
    const host = containerHost('debian');
    expect(await runArgv(host, ['cat', '/etc/hostname'], { cwd: '/', env: { PATH: '/usr/bin:/bin' } })).toEqual({
      stdout: '',
      stderr: 'cat: /etc/hostname: No such file or directory\n',
      exitCode: 1,
      exited: true,
    });
    expect(await runArgv(host, ['ls', '/home'], { cwd: '/', env: { PATH: '/usr/bin:/bin' } })).toMatchObject({ stdout: '', exitCode: 0 });
    expect(await runArgv(host, ['curl', 'x'], { cwd: '/', env: { PATH: '/usr/bin:/bin' } })).toBeNull();
  });

  it('lists one name per line when the output is not a terminal', async () => {
    const host = containerHost('alpine');
    const r = await runOnce(host, 'ls /', { cwd: '/', env: { PATH: '/usr/bin:/bin' } });
    expect(r.stdout).toBe('bin\ndev\netc\nhome\nlib\nmedia\nmnt\nopt\nproc\nroot\nrun\nsbin\nsrv\nsys\ntmp\nusr\nvar\n');
  });
});

describe('interactive syntax errors', () => {
  it('prints bash\'s interactive form, without the -c line', async () => {
    const sh = learnerShell();
    expect(await transcript(sh, ['echo ;;', 'fi', 'echo >'])).toBe(
      "learner@dockyard:~$ echo ;;\nbash: syntax error near unexpected token `;;'\nlearner@dockyard:~$ fi\nbash: syntax error near unexpected token `fi'\nlearner@dockyard:~$ echo >\nbash: syntax error near unexpected token `newline'\nlearner@dockyard:~$ ",
    );
  });
});
