import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../index.ts';

const NOW = Date.UTC(2026, 10, 25, 10, 0, 0);
const sim0 = () => createSimulator({ seed: 1, clock: () => NOW });

const INSECURE = 'WARNING! Using --password via the CLI is insecure. Use --password-stdin.\n';
const STORED = "\nWARNING! Your credentials are stored unencrypted in '/home/learner/.docker/config.json'.\nConfigure a credential helper to remove this warning. See\nhttps://docs.docker.com/go/credential-store/\n\n";
const WRONG = 'Error response from daemon: Get "https://registry-1.docker.io/v2/": unauthorized: incorrect username or password\n';
const PAT_NOTE = '\n Info -> A Personal Access Token (PAT) can be used instead.\n         To create a PAT, visit \x1b[4mhttps://app.docker.com/settings\x1b[0m\n         \n         \n';
const fail = (stderr: string) => ({ stdout: '', stderr, exitCode: 1 });

describe('docker login', () => {
  it('logs in with -u/-p (warned), stores base64 credentials in ~/.docker/config.json and warns once', async () => {
    const sim = sim0();
    expect(await sim.run('docker login -u learner -p secret')).toEqual({ stdout: 'Login Succeeded\n', stderr: INSECURE + STORED, exitCode: 0 });
    expect((await sim.run('cat ~/.docker/config.json')).stdout).toBe('{\n\t"auths": {\n\t\t"https://index.docker.io/v1/": {\n\t\t\t"auth": "bGVhcm5lcjpzZWNyZXQ="\n\t\t}\n\t}\n}');
    expect((await sim.run('ls -ld .docker .docker/config.json')).stdout).toBe(
      'drwx------ 2 learner learner 4096 Nov 25 10:00 .docker\n-rw------- 1 learner learner   91 Nov 25 10:00 .docker/config.json\n',
    );
    // Same credentials: the file store writes nothing and says nothing.
    expect(await sim.run('docker login -u learner -p secret')).toEqual({ stdout: 'Login Succeeded\n', stderr: INSECURE, exitCode: 0 });
  });

  it('reads the password from a pipe with --password-stdin, trimming one line end', async () => {
    const sim = sim0();
    expect(await sim.run('echo secret | docker login -u learner --password-stdin')).toEqual({ stdout: 'Login Succeeded\n', stderr: STORED, exitCode: 0 });
    expect(await sim.run('printf "x\\n" | docker login --username learner --password-stdin')).toEqual(fail(WRONG));
    expect(await sim.run('echo | docker login -u learner --password-stdin')).toEqual(fail('password is empty\n'));
  });

  it('follows the simulated Hub account rules: first password sticks, names taken, Docker ID syntax', async () => {
    const sim = sim0();
    await sim.run('echo secret | docker login -u learner --password-stdin');
    expect(await sim.run('echo other | docker login -u learner --password-stdin')).toEqual(fail(WRONG));
    expect(await sim.run('echo x | docker login -u library --password-stdin')).toEqual(fail(WRONG));
    expect(await sim.run('echo x | docker login -u ab --password-stdin')).toEqual(fail(WRONG));
  });

  it('tries the stored credentials first when given no username or password', async () => {
    const sim = sim0();
    await sim.run('echo secret | docker login -u learner --password-stdin');
    expect(await sim.run('docker login')).toEqual({
      stdout: 'Login Succeeded\n',
      stderr: "Authenticating with existing credentials... [Username: learner]\n\n Info -> To login with a different account, run 'docker logout' followed by 'docker login'\n\n\n",
      exitCode: 0,
    });
  });

  it('checks its flags before anything else', async () => {
    const sim = sim0();
    expect(await sim.run('docker login --password-stdin')).toEqual(fail('the --password-stdin option requires --username to be set\n'));
    expect(await sim.run('docker login -u me -p x --password-stdin')).toEqual(fail('conflicting options: cannot specify both --password and --password-stdin\n'));
    expect(await sim.run('docker login -u "" -p x')).toEqual(fail('username is empty\n'));
    expect(await sim.run('docker login -u me -p ""')).toEqual(fail('password is empty\n'));
    expect(await sim.run('docker login a b')).toEqual(
      fail("docker: 'docker login' requires at most 1 argument\n\nUsage:  docker login [OPTIONS] [SERVER]\n\nRun 'docker login --help' for more information\n"),
    );
    expect((await sim.run('docker login --nope')).exitCode).toBe(125);
  });

  it('cannot prompt when stdin is a pipe', async () => {
    const sim = sim0();
    expect(await sim.run('echo x | docker login')).toEqual(fail('error: cannot perform an interactive login from a non-TTY device\n'));
    expect(await sim.run('echo x | docker login -u learner')).toEqual(fail('error: cannot perform an interactive login from a non-TTY device\n'));
  });

  it('prompts on the terminal: the PAT note and a hidden "Password: " read', async () => {
    const sim = sim0();
    expect(await sim.run('docker login -u learner')).toEqual({ stdout: 'Password: ', stderr: PAT_NOTE, exitCode: 0 });
    expect(await sim.run('secret')).toEqual({ stdout: '\nLogin Succeeded\n', stderr: STORED, exitCode: 0 });
    expect(sim.prompt).toBe('learner@dockyard:~$ ');
  });

  it('asks for the username with Docker Hub’s hints; Ctrl+C at a prompt just ends it', async () => {
    const sim = sim0();
    const r = await sim.run('docker login -p secret');
    expect(r.stdout).toBe(
      "Log in with your Docker ID or email address to push and pull images from Docker Hub. If you don't have a Docker ID, head over to https://hub.docker.com/ to create one.\n" +
        'You can log in with your password or a Personal Access Token (PAT). Using a limited-scope PAT grants better security and is required for organizations using SSO. Learn more at https://docs.docker.com/go/access-tokens/\n\nUsername: ',
    );
    expect(await sim.interruptInput?.()).toEqual({ stdout: '\n', stderr: '', exitCode: 0 });
  });

  it('uses the web-based device login for Docker Hub, which waits for a browser until Ctrl+C', async () => {
    const sim = sim0();
    const running = sim.run('docker login');
    setTimeout(() => sim.interrupt(), 20);
    expect(await running).toEqual({
      stdout: '',
      stderr:
        "\x1b[1m\nUSING WEB-BASED LOGIN\x1b[0m\n\n Info -> To sign in with credentials on the command line, use 'docker login -u <username>'\n         \n" +
        '\nYour one-time device confirmation code is: \x1b[1mPDVG-VFNZ\n\x1b[0m' +
        '\x1b[1mPress ENTER\x1b[0m to open your browser or submit your device code here: \x1b[4mhttps://login.docker.com/activate\n\x1b[0m' +
        '\nWaiting for authentication in the browser…\nlogin canceled\n',
      exitCode: 1,
    });
  });

  it('logs in to a registry on the host when it answers /v2/, and stores it under host:port', async () => {
    const sim = sim0();
    expect(await sim.run('echo pw | docker login localhost:5000 -u bob --password-stdin')).toEqual(
      fail('Error response from daemon: Get "http://localhost:5000/v2/": dial tcp [::1]:5000: connect: connection refused\n'),
    );
    await sim.run('docker run -d -p 5000:5000 --name registry registry:2');
    expect(await sim.run('echo pw | docker login localhost:5000 -u bob --password-stdin')).toEqual({ stdout: 'Login Succeeded\n', stderr: STORED, exitCode: 0 });
    expect((await sim.run('cat ~/.docker/config.json')).stdout).toBe('{\n\t"auths": {\n\t\t"localhost:5000": {\n\t\t\t"auth": "Ym9iOnB3"\n\t\t}\n\t}\n}');
  });
});
