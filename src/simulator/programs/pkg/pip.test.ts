// pip in the python image: an install with its dependencies, requirement files, reruns, unknown
// names, a missing file, a virtual environment (no root warning there), and PEP 668's refusal
// on a distribution's own python.
import { beforeEach, describe, expect, it } from 'vitest';
import { createSimulator } from '../../index.ts';

let now = Date.UTC(2026, 10, 25, 10, 0, 0);
let sim: ReturnType<typeof createSimulator>;
const run = async (line: string) => {
  now += 1000;
  return sim.run(line);
};

const ROOT =
  "WARNING: Running pip as the 'root' user can result in broken permissions and conflicting behaviour with the system package manager, possibly rendering your system unusable. It is recommended to use a virtual environment instead: https://pip.pypa.io/warnings/venv. Use the --root-user-action option if you know what you are doing and want to suppress this warning.\n";
const SITE = '/usr/local/lib/python3.14/site-packages';

beforeEach(async () => {
  now = Date.UTC(2026, 10, 25, 10, 0, 0);
  sim = createSimulator({ seed: 1, clock: () => now });
  await run('docker pull -q python:3.14-slim');
  await run('docker run -d --name py -w /app python:3.14-slim sleep infinity');
});

describe('pip', () => {
  it('installs a package and its dependencies into site-packages', async () => {
    const wheel = (n: string) => `${n}-py3-none-any.whl`;
    const markupsafe = 'markupsafe-3.0.3-cp314-cp314-manylinux2014_x86_64.manylinux_2_17_x86_64.manylinux_2_28_x86_64.whl';
    expect(await run('docker exec py pip install flask')).toEqual({
      stdout:
        `Collecting flask\n  Downloading ${wheel('flask-3.1.2')}.metadata (3.2 kB)\nCollecting blinker>=1.9.0 (from flask)\n  Downloading ${wheel('blinker-1.9.0')}.metadata (1.6 kB)\n` +
        `Collecting click>=8.1.3 (from flask)\n  Downloading ${wheel('click-8.3.1')}.metadata (2.6 kB)\nCollecting itsdangerous>=2.2.0 (from flask)\n  Downloading ${wheel('itsdangerous-2.2.0')}.metadata (1.9 kB)\n` +
        `Collecting jinja2>=3.1.2 (from flask)\n  Downloading ${wheel('jinja2-3.1.6')}.metadata (2.9 kB)\nCollecting markupsafe>=2.1.1 (from flask)\n  Downloading ${markupsafe}.metadata (2.7 kB)\n` +
        `Collecting werkzeug>=3.1.0 (from flask)\n  Downloading ${wheel('werkzeug-3.1.4')}.metadata (3.7 kB)\n` +
        `Downloading ${wheel('flask-3.1.2')} (103 kB)\nDownloading ${wheel('blinker-1.9.0')} (8.5 kB)\nDownloading ${wheel('click-8.3.1')} (108 kB)\nDownloading ${wheel('itsdangerous-2.2.0')} (16 kB)\n` +
        `Downloading ${wheel('jinja2-3.1.6')} (134 kB)\nDownloading ${markupsafe} (22 kB)\nDownloading ${wheel('werkzeug-3.1.4')} (224 kB)\n` +
        'Installing collected packages: markupsafe, blinker, click, itsdangerous, jinja2, werkzeug, flask\n' +
        'Successfully installed blinker-1.9.0 click-8.3.1 flask-3.1.2 itsdangerous-2.2.0 jinja2-3.1.6 markupsafe-3.0.3 werkzeug-3.1.4\n',
      stderr: ROOT,
      exitCode: 0,
    });
    expect((await run(`docker exec py ls ${SITE}`)).stdout).toContain('flask\nflask-3.1.2.dist-info\n');
    expect((await run('docker exec py which flask')).stdout).toBe('/usr/local/bin/flask\n');
    expect((await run('docker exec py pip install --root-user-action=ignore blinker')).stdout).toBe(`Requirement already satisfied: blinker in ${SITE} (1.9.0)\n`);
    expect((await run('docker exec py pip freeze')).stdout).toBe('blinker==1.9.0\nclick==8.3.1\nflask==3.1.2\nitsdangerous==2.2.0\njinja2==3.1.6\nmarkupsafe==3.0.3\nwerkzeug==3.1.4\n');
  });

  it('reads a requirements file, naming each line', async () => {
    await run("docker exec py sh -c 'printf \"# pinned\\nitsdangerous==2.2.0\\n\" > requirements.txt'");
    expect(await run('docker exec py pip install --no-cache-dir -r requirements.txt')).toEqual({
      stdout:
        'Collecting itsdangerous==2.2.0 (from -r requirements.txt (line 2))\n  Downloading itsdangerous-2.2.0-py3-none-any.whl.metadata (1.9 kB)\n' +
        'Downloading itsdangerous-2.2.0-py3-none-any.whl (16 kB)\nInstalling collected packages: itsdangerous\nSuccessfully installed itsdangerous-2.2.0\n',
      stderr: ROOT,
      exitCode: 0,
    });
  });

  it('reports what it cannot install', async () => {
    expect(await run('docker exec py pip install nosuchpkg')).toEqual({ stdout: '', stderr: 'ERROR: Could not find a version that satisfies the requirement nosuchpkg (from versions: none)\nERROR: No matching distribution found for nosuchpkg\n', exitCode: 1 });
    expect(await run('docker exec py pip install -r requirements.txt')).toEqual({ stdout: '', stderr: "ERROR: Could not open requirements file: [Errno 2] No such file or directory: 'requirements.txt'\n", exitCode: 1 });
  });

  it('installs into a virtual environment without the root warning', async () => {
    expect(await run('docker exec py python -m venv /opt/venv')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect(await run('docker exec py /opt/venv/bin/pip install blinker')).toEqual({
      stdout: 'Collecting blinker\n  Downloading blinker-1.9.0-py3-none-any.whl.metadata (1.6 kB)\nDownloading blinker-1.9.0-py3-none-any.whl (8.5 kB)\nInstalling collected packages: blinker\nSuccessfully installed blinker-1.9.0\n',
      stderr: '',
      exitCode: 0,
    });
    expect((await run('docker exec py sh -c ". /opt/venv/bin/activate && pip list"')).stdout).toBe('Package Version\n------- -------\nblinker 1.9.0\npip     25.3\n');
  });

  it("refuses a distribution's externally managed python", async () => {
    await run('docker pull -q debian:trixie');
    await run('docker run -d --name deb debian:trixie sleep infinity');
    await run('docker exec deb sh -c "apt-get update -qq && apt-get install -qq -y python3-pip >/dev/null 2>&1"');
    const r = await run('docker exec deb pip install flask');
    expect(r.exitCode).toBe(1);
    expect(r.stderr.split('\n').slice(0, 5).join('\n')).toBe('error: externally-managed-environment\n\n× This environment is externally managed\n╰─> To install Python packages system-wide, try apt install\n    python3-xyz, where xyz is the package you are trying to');
    expect(r.stderr).toContain('    See /usr/share/doc/python3.13/README.venv for more information.\n\nnote: If you believe this is a mistake');
    expect((await run('docker exec deb pip install --break-system-packages blinker')).stdout).toContain('Successfully installed blinker-1.9.0\n');
  });
});
