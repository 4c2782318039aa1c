// docker login's terminal side: PromptUserForCredentials (the Docker Hub hints, "Username: ",
// the PAT note and a "Password: " read with echo off), the web-based device login Docker Hub uses
// when no username is given (its confirmation code; the simulated browser never answers, so
// it waits until Ctrl+C: "login canceled"), and reading a password piped to --password-stdin.
// Ctrl+C at a prompt ends the CLI with a new line and nothing else (prompt.ErrTerminated is a
// cancellation, which docker's main does not print, exiting 0).
import { CliError } from '../../../errors/cli-error.ts';
import type { CommandContext } from '../../command.ts';
import type { Credentials } from './config-file.ts';
import { INDEX_SERVER } from './config-file.ts';
import { bold, printNote, underline } from './tui.ts';

const REGISTER = "Log in with your Docker ID or email address to push and pull images from Docker Hub. If you don't have a Docker ID, head over to https://hub.docker.com/ to create one.";
const PAT = 'You can log in with your password or a Personal Access Token (PAT). Using a limited-scope PAT grants better security and is required for organizations using SSO. Learn more at https://docs.docker.com/go/access-tokens/';

/** The command's stdin is the learner's terminal (not a pipe). */
export function stdinIsTerminal(ctx: CommandContext): boolean {
  return ctx.host.stdin?.() === undefined && ctx.host.terminal !== undefined;
}

/** io.ReadAll(stdin): what is piped, or the lines typed until Ctrl+D. */
export async function readAllStdin(ctx: CommandContext): Promise<string> {
  const piped = ctx.host.stdin?.();
  if (piped !== undefined || !ctx.host.terminal) return piped ?? '';
  let text = '';
  for (;;) {
    const input = await ctx.host.terminal.read('');
    if (input.kind === 'line') text += `${input.text}\n`;
    else if (input.kind === 'eof') return text;
    else throw new CliError('', 130);
  }
}

/** prompt.ReadInput: the message on stdout, one trimmed line; undefined when cancelled (Ctrl+C). */
async function readInput(ctx: CommandContext, message: string, hidden = false): Promise<string | undefined> {
  ctx.stdout.write(message);
  const terminal = ctx.host.terminal;
  const input = terminal ? await terminal.read('', { hidden }) : { kind: 'eof' as const };
  if (input.kind === 'line') return input.text.trim();
  // End of input leaves the reader waiting for a line that never comes, until Ctrl+C.
  if (input.kind === 'eof') await ctx.wait(Infinity);
  ctx.stdout.write('\n');
  return undefined;
}

/** The credentials to log in with, or the exit status when the learner cancelled. */
export async function promptCredentials(ctx: CommandContext, argUser: string, argPassword: string, defaultUser: string, server: string): Promise<Credentials | number> {
  let user = argUser.trim();
  if (user === '') {
    if (server === INDEX_SERVER) ctx.stdout.write(`${REGISTER}\n${PAT}\n\n`);
    const typed = await readInput(ctx, defaultUser ? `Username (${defaultUser}): ` : 'Username: ');
    if (typed === undefined) return 0;
    user = typed || defaultUser;
    if (user === '') throw new CliError('error: username is required', 1);
  }
  let password = argPassword;
  if (password.trim() === '') {
    if (server === INDEX_SERVER) printNote(ctx.stderr, ctx.tty, `A Personal Access Token (PAT) can be used instead.\nTo create a PAT, visit ${underline('https://app.docker.com/settings')}\n\n`);
    const typed = await readInput(ctx, 'Password: ', true);
    if (typed === undefined) return 0;
    ctx.stdout.write('\n');
    if (typed === '') throw new CliError('error: password is required', 1);
    password = typed;
  }
  return { username: user, password };
}

/** A device confirmation code as Docker's login service issues them: XXXX-XXXX. */
function deviceCode(ctx: CommandContext): string {
  const letters = 'BCDFGHJKLMNPQRSTVWXZ';
  const pick = () => Array.from({ length: 4 }, () => letters[ctx.engine.randInt(letters.length)]).join('');
  return `${pick()}-${pick()}`;
}

/** manager.LoginDevice: the instructions, then waiting for a browser that never signs in. */
export async function deviceLogin(ctx: CommandContext): Promise<number> {
  ctx.stderr.write(`${bold('\nUSING WEB-BASED LOGIN')}\n`);
  printNote(ctx.stderr, ctx.tty, "To sign in with credentials on the command line, use 'docker login -u <username>'\n");
  const code = deviceCode(ctx);
  ctx.stderr.write(`\nYour one-time device confirmation code is: ${bold(`${code}\n`)}`);
  ctx.stderr.write(`${bold('Press ENTER')} to open your browser or submit your device code here: ${underline('https://login.docker.com/activate\n')}`);
  ctx.stderr.write('\nWaiting for authentication in the browser…\n');
  await ctx.wait(Infinity);
  throw new CliError('login canceled', 1);
}
