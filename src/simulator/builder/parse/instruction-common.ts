// Pieces shared by the instruction parsers: the common fields, BuildKit's argument-count error,
// and handleJSONArgs (exec form kept as the array, shell form joined into one string).
import type { CommandLine, Instruction } from './ast.ts';

export type Base = Pick<Instruction, 'name' | 'range' | 'original' | 'comments'>;

export const atLeastOne = (cmd: string): Error => new Error(`${cmd} requires at least one argument`);

/** handleJSONArgs: exec form as is, shell form joined into one string. */
export function commandLine(args: string[], json: boolean): CommandLine {
  if (json) return { form: 'exec', args };
  return { form: 'shell', args: args.length === 0 ? [] : [args.join(' ')] };
}
