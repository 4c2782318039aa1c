// compose's terminal prompt (cmd/prompt User.Confirm over AlecAivazis/survey v2's Confirm):
// "? Going to remove app-web-1 (y/N) " (the "?" bold green, the question bold, the hint white),
// one line read: y/yes or n/no (any case), empty for the default (no); anything else prints
// survey's error and asks again. The answer redraws the line as "? <question> Yes|No".
// Ctrl+D is survey's io.EOF and Ctrl+C its interrupt: both end compose with that error.
import type { TerminalReader } from '../../../shell/context.ts';
import { CliError } from '../../../errors/cli-error.ts';
import type { CommandContext } from '../../command.ts';

const RESET = '\x1b[0m';

function question(message: string, color: boolean): string {
  if (!color) return `? ${message} (y/N) `;
  return `\x1b[1;92m? ${RESET}\x1b[1;99m${message} ${RESET}\x1b[37m(y/N) ${RESET}`;
}

function answered(message: string, answer: boolean, color: boolean): string {
  const text = answer ? 'Yes' : 'No';
  if (!color) return `? ${message} ${text}\n`;
  return `\x1b[1;92m? ${RESET}\x1b[1;99m${message} ${RESET}\x1b[36m${text}${RESET}\n`;
}

/** Text for the terminal (ANSI when it is one) and the plain result. */
function write(ctx: CommandContext, render: (color: boolean) => string, redraw = ''): void {
  if (!ctx.tty) {
    ctx.stdout.write(render(false));
    return;
  }
  ctx.stdout.streamOnly(redraw + render(true));
  ctx.stdout.resultOnly(render(false));
}

export async function surveyConfirm(ctx: CommandContext, terminal: TerminalReader, message: string): Promise<boolean> {
  write(ctx, (c) => question(message, c));
  for (;;) {
    const input = await terminal.read('');
    if (input.kind === 'eof') throw new CliError('EOF', 1);
    if (input.kind === 'interrupt') throw new CliError('interrupt', 1);
    const value = input.text;
    let answer: boolean | undefined;
    if (/^y(es)?$/i.test(value)) answer = true;
    else if (/^no?$/i.test(value)) answer = false;
    else if (value === '') answer = false;
    if (answer !== undefined) {
      // survey moves back up over the echoed line and redraws the question with the answer.
      write(ctx, (c) => answered(message, answer, c), '\x1b[1F\x1b[2K');
      return answer;
    }
    const error = `X Sorry, your reply was invalid: ${JSON.stringify(value)} is not a valid answer, please try again.\n`;
    write(ctx, (c) => (c ? `\x1b[31m${error.slice(0, -1)}${RESET}\n` : error) + question(message, c), '\x1b[1F\x1b[2K');
  }
}
