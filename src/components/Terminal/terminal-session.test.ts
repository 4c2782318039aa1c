import { describe, expect, it, vi } from 'vitest';
import type { Completion, RunIO, RunResult } from '../../simulator/index.ts';
import { INTERNAL_ERROR_NOTICE, TerminalSession, type SessionStatus, type SimulatorPort, type TerminalPort } from './terminal-session.ts';

const PROMPT = 'learner@dockyard:~$ ';
const SHOWN_PROMPT = '\x1b[1;32mlearner@dockyard\x1b[0m:\x1b[1;34m~\x1b[0m$ ';

class FakeTerm implements TerminalPort {
  out = '';
  cols = 80;
  rowText?: () => Promise<string>;
  write(text: string) {
    this.out += text;
  }
  async cursorColumn() {
    const tail = this.out.slice(this.out.lastIndexOf('\n') + 1);
    return tail === '' || tail.endsWith('\r') ? 0 : tail.length;
  }
  /** Take what was written since the last call. */
  take(): string {
    const t = this.out;
    this.out = '';
    return t;
  }
}

interface Pending {
  line: string;
  io?: RunIO;
  finish(result?: Partial<RunResult>): void;
  fail(error: Error): void;
}

/** A simulator whose commands end only when the test says so. */
class FakeSim implements SimulatorPort {
  prompt = PROMPT;
  runs: Pending[] = [];
  interrupts = 0;
  completion: Completion = { start: 0, candidates: [] };
  run(line: string, io?: RunIO): Promise<RunResult> {
    return new Promise((resolve, reject) => {
      this.runs.push({
        line,
        io,
        finish: (r = {}) => resolve({ stdout: '', stderr: '', exitCode: 0, ...r }),
        fail: reject,
      });
    });
  }
  interrupt() {
    this.interrupts++;
    this.runs.at(-1)?.finish({ exitCode: 130 });
  }
  complete(): Completion {
    return this.completion;
  }
}

const settle = () => new Promise((r) => setTimeout(r, 0));

function setup() {
  const term = new FakeTerm();
  const sim = new FakeSim();
  const statuses: SessionStatus[] = [];
  const session = new TerminalSession(term, sim, (s) => statuses.push(s));
  session.start('hello\r\n');
  return { term, sim, session, statuses };
}

describe('TerminalSession', () => {
  it('greets and shows the coloured prompt', () => {
    const { term, statuses } = setup();
    expect(term.take()).toBe(`hello\r\n${SHOWN_PROMPT}`);
    expect(statuses).toEqual(['ready']);
  });

  it('runs the line on Enter, streams output and shows the next prompt', async () => {
    const { term, sim, session, statuses } = setup();
    term.take();
    session.input('docker ps\r');
    await settle();
    expect(sim.runs.map((r) => r.line)).toEqual(['docker ps']);
    expect(sim.runs[0].io?.tty).toBe(true);
    expect(session.status).toBe('running');
    sim.runs[0].io?.onOutput?.('CONTAINER ID   IMAGE\n', 'stdout');
    sim.prompt = 'root@1a2b3c4d5e6f:/# ';
    sim.runs[0].finish();
    await settle();
    expect(term.take()).toBe('docker ps\r\nCONTAINER ID   IMAGE\n\x1b[1;32mroot@1a2b3c4d5e6f\x1b[0m:\x1b[1;34m/\x1b[0m# ');
    expect(statuses).toEqual(['ready', 'running', 'ready']);
  });

  it('starts the prompt on a new row after output without a final newline', async () => {
    const { term, sim, session } = setup();
    session.input('printf x\r');
    await settle();
    sim.runs[0].io?.onOutput?.('x', 'stdout');
    sim.runs[0].finish();
    await settle();
    expect(term.take().endsWith(`x\r\n${SHOWN_PROMPT}`)).toBe(true);
  });

  it('runs a multi-line paste line by line, each after the previous one ends', async () => {
    const { term, sim, session } = setup();
    term.take();
    session.input('docker pull nginx\ndocker images\n');
    await settle();
    expect(sim.runs.map((r) => r.line)).toEqual(['docker pull nginx']);
    sim.runs[0].finish();
    await settle();
    expect(sim.runs.map((r) => r.line)).toEqual(['docker pull nginx', 'docker images']);
    sim.runs[1].finish();
    await settle();
    expect(term.take()).toBe(`docker pull nginx\r\n${SHOWN_PROMPT}docker images\r\n${SHOWN_PROMPT}`);
  });

  it('keeps keys typed while a command runs for the next prompt', async () => {
    const { term, sim, session } = setup();
    session.input('sleep 5\r');
    await settle();
    session.input('ls');
    expect(term.take()).toBe(`hello\r\n${SHOWN_PROMPT}sleep 5\r\n`);
    sim.runs[0].finish();
    await settle();
    expect(term.take()).toBe(`${SHOWN_PROMPT}ls`);
  });

  it('Ctrl+C while a command runs interrupts it and drops type-ahead', async () => {
    const { term, sim, session } = setup();
    session.input('docker logs -f web\r');
    await settle();
    term.take();
    session.input('echo typed ahead\r\x03');
    await settle();
    expect(sim.interrupts).toBe(1);
    expect(sim.runs).toHaveLength(1);
    expect(term.take()).toBe(`^C\r\n${SHOWN_PROMPT}`);
    expect(session.status).toBe('ready');
  });

  it('Ctrl+C at the prompt prints ^C and a fresh prompt without running anything', async () => {
    const { term, sim, session } = setup();
    term.take();
    session.input('docker p\x03');
    await settle();
    expect(term.take()).toBe(`docker p^C\r\n${SHOWN_PROMPT}`);
    expect(sim.runs).toHaveLength(0);
    expect(sim.interrupts).toBe(0);
  });

  it('Ctrl+L clears the screen and redraws prompt and line', () => {
    const { term, session } = setup();
    session.input('docker');
    term.take();
    session.input('\x0c');
    expect(term.take()).toBe(`\x1b[H\x1b[2J${SHOWN_PROMPT}docker`);
  });

  it('Tab inserts a single candidate', () => {
    const { term, sim, session } = setup();
    sim.completion = { start: 7, candidates: ['images'] };
    session.input('docker ima');
    term.take();
    session.input('\t');
    expect(term.take()).toBe('ges ');
  });

  it('Tab lists several candidates below and redraws prompt and line', () => {
    const { term, sim, session } = setup();
    sim.completion = { start: 7, candidates: ['image', 'images', 'info'] };
    session.input('docker i');
    term.take();
    session.input('\t');
    expect(term.take()).toBe(`\r\nimage   images  info\r\n${SHOWN_PROMPT}docker i`);
  });

  it('shows a notice and goes on when the simulator fails', async () => {
    const { term, sim, session } = setup();
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    session.input('docker boom\r');
    await settle();
    sim.runs[0].fail(new Error('bug'));
    await settle();
    expect(term.take().endsWith(`${INTERNAL_ERROR_NOTICE}${SHOWN_PROMPT}`)).toBe(true);
    expect(session.status).toBe('ready');
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  });

  it('recalls history with Up', async () => {
    const { term, sim, session } = setup();
    session.input('docker ps\r');
    await settle();
    sim.runs[0].finish();
    await settle();
    term.take();
    session.input('\x1b[A');
    expect(term.take()).toBe('docker ps');
  });
});

describe('TerminalSession: history, typed commands, restart', () => {
  it('starts with saved history and reports every change to it', async () => {
    const term = new FakeTerm();
    const sim = new FakeSim();
    const saved: (readonly string[])[] = [];
    const session = new TerminalSession(term, sim, () => {}, { history: ['docker images'], onHistory: (h) => saved.push(h) });
    session.start();
    session.input('\x1b[A');
    expect(term.take().endsWith('docker images')).toBe(true);
    session.input('\x15docker ps\r');
    await settle();
    sim.runs[0].finish();
    await settle();
    expect(saved).toEqual([['docker images', 'docker ps']]);
  });

  it('types commands over the current line, one after another, and tells when it is idle', async () => {
    const { term, sim, session } = setup();
    session.input('half typed');
    term.take();
    let idle = false;
    session.typeCommands(['docker ps', 'docker images']);
    void session.whenIdle().then(() => (idle = true));
    await settle();
    expect(sim.runs.map((r) => r.line)).toEqual(['docker ps']);
    sim.runs[0].finish({ stdout: 'x' });
    await settle();
    expect(sim.runs.map((r) => r.line)).toEqual(['docker ps', 'docker images']);
    expect(idle).toBe(false);
    sim.runs[1].finish();
    await settle();
    expect(idle).toBe(true);
    await expect(session.whenIdle()).resolves.toBeUndefined();
  });

  it('restarts on a cleared screen, keeping history', async () => {
    const { term, sim, session } = setup();
    session.input('docker ps\r');
    await settle();
    sim.runs[0].finish();
    await settle();
    session.input('draft');
    term.take();
    session.restart('again\r\n');
    expect(term.take()).toBe(`\x1b[H\x1b[2J\x1b[3Jagain\r\n${SHOWN_PROMPT}`);
    session.input('\x1b[A');
    expect(term.take()).toBe('docker ps');
  });
});

describe('TerminalSession: abandoning and container shells', () => {
  it('restart abandons a command that never ends, and the new session works', async () => {
    const { term, sim, session } = setup();
    session.input('docker run -it stuck\r');
    await settle();
    session.restart('fresh\r\n');
    expect(session.status).toBe('ready');
    session.input('docker ps\r');
    await settle();
    expect(sim.runs.map((r) => r.line)).toEqual(['docker run -it stuck', 'docker ps']);
    sim.runs[0].finish({ stdout: 'late output' });
    sim.runs[0].io?.onOutput?.('late output', 'stdout');
    sim.runs[1].finish();
    await settle();
    expect(term.out).not.toContain('late output');
    await expect(session.whenIdle()).resolves.toBeUndefined();
  });

  it('Ctrl+D on an empty line exits a container shell, and does nothing on the host', async () => {
    const { term, sim, session } = setup();
    session.input('\x04');
    await settle();
    expect(sim.runs).toEqual([]);
    sim.prompt = 'root@3f2a9c1d7e4b:/# ';
    session.input('\x15');
    term.take();
    session.input('\x04');
    await settle();
    expect(sim.runs.map((r) => r.line)).toEqual(['exit']);
    sim.runs[0].io?.onOutput?.('exit\n', 'stderr');
    sim.prompt = PROMPT; // back on the host
    sim.runs[0].finish();
    await settle();
    // The shell prints "exit" after the prompt, as bash does; the session adds nothing.
    expect(term.take()).toBe(`exit\n${SHOWN_PROMPT}`);
  });

  it('Ctrl+D on an empty line goes to the simulator’s endOfInput when it has one', async () => {
    const { term, sim, session } = setup();
    const calls: string[] = [];
    (sim as SimulatorPort).endOfInput = async (io) => {
      calls.push('eof');
      io?.onOutput?.('exit\n', 'stderr');
      return { stdout: '', stderr: 'exit\n', exitCode: 0 };
    };
    term.take();
    session.input('x\x04');
    expect(calls).toEqual([]); // not an empty line: Ctrl+D deletes forward
    session.input('\x15\x04');
    await settle();
    expect(calls).toEqual(['eof']);
    expect(term.take().endsWith(`exit\n${SHOWN_PROMPT}`)).toBe(true);
    expect(sim.runs).toEqual([]);
  });
});

describe('TerminalSession: programs reading the terminal', () => {
  it('Ctrl+C at the prompt goes to the simulator’s interruptInput, after ^C and a new row', async () => {
    const { term, sim, session } = setup();
    sim.prompt = 'postgres-# ';
    session.input('\x15');
    term.take();
    (sim as SimulatorPort).interruptInput = async () => {
      sim.prompt = 'postgres=# '; // psql dropped its query buffer
      return { stdout: '', stderr: '', exitCode: 0 };
    };
    session.input('SELECT\x03');
    await settle();
    expect(term.take()).toBe('SELECT^C\r\npostgres=# ');
    expect(sim.runs).toEqual([]);
  });

  it('answers a question on the row it was asked on when the program shows no prompt', async () => {
    const { term, sim, session } = setup();
    term.rowText = async () => term.out.slice(term.out.lastIndexOf('\n') + 1);
    session.input('docker image prune\r');
    await settle();
    sim.runs[0].io?.onOutput?.('WARNING! This will remove all dangling images.\nAre you sure you want to continue? [y/N] ', 'stdout');
    sim.prompt = '';
    sim.runs[0].finish();
    await settle();
    expect(term.out.endsWith('\nAre you sure you want to continue? [y/N] \rAre you sure you want to continue? [y/N] ')).toBe(true);
    term.take();
    session.input('y');
    expect(term.take()).toBe('y');
    session.input('\x7f'); // Backspace redraws from the start of the question, not over it
    expect(term.take()).toBe('\r\x1b[J' + 'Are you sure you want to continue? [y/N] ');
  });

  it('shows nothing typed at a password prompt and keeps it out of history', async () => {
    const term = new FakeTerm();
    const sim = new FakeSim();
    const history: (readonly string[])[] = [];
    const session = new TerminalSession(term, sim, () => {}, { onHistory: (h) => history.push(h) });
    session.start();
    session.input('docker exec -it db psql -h db\r');
    await settle();
    sim.prompt = 'Password for user postgres: ';
    (sim as { echo?: boolean }).echo = false;
    sim.runs[0].finish();
    await settle();
    term.take();
    session.input('secret\r');
    await settle();
    expect(term.take()).toBe(''); // not even Enter's new line: psql prints it
    expect(sim.runs[1].line).toBe('secret');
    expect(history).toEqual([['docker exec -it db psql -h db']]);
  });
});
