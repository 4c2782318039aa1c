// apt's YnPrompt: "Do you want to continue? [Y/n] " unless -y (or -qq). On the learner's terminal
// the question waits for an answer; otherwise apt reads stdin: a line is echoed and answers it,
// end of input (a docker build's RUN has none) prints "Abort." and apt-get exits 1.
import type { AptContext } from './apt-get.ts';

const QUESTION = 'Do you want to continue? [Y/n] ';

export async function confirm(ctx: AptContext): Promise<boolean> {
  if (ctx.opts.yes || ctx.opts.quiet >= 2) return true;
  const io = ctx.req.io;
  let answer: string | undefined;
  if (io.terminal) {
    const input = await io.terminal.read(QUESTION);
    answer = input.kind === 'line' ? input.text : undefined;
  } else {
    const rest = io.input ? io.input.rest : io.stdin;
    const nl = rest.indexOf('\n');
    if (rest !== '') {
      answer = nl === -1 ? rest : rest.slice(0, nl);
      if (io.input) io.input.rest = nl === -1 ? '' : rest.slice(nl + 1);
      ctx.out(`${QUESTION}${answer}\n`);
    } else {
      // End of input: the question and apt's verdict on one line, written at once.
      ctx.out(`${QUESTION}Abort.\n`);
      return false;
    }
  }
  if (answer !== undefined && (answer.trim() === '' || /^[yY]/.test(answer.trim()))) return true;
  ctx.out('Abort.\n');
  return false;
}
