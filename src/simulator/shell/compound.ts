// Compound commands: if/elif/else, for, while and until (each turn a step, break and continue
// unwinding to their loop), case with glob patterns, { } groups, ( ) subshells and function
// definitions. Redirections on the compound command are already applied by the caller.
import type { Command, List, SimpleCommand } from './ast.ts';
import type { CommandIO } from './context.ts';
import { LoopSignal } from './errors.ts';
import { globToRegExp } from './glob.ts';
import type { Interpreter } from './interpreter.ts';
import { setVar } from './state.ts';

/** One turn of a loop body; break/continue aimed at outer loops travel on. */
async function loopBody(sh: Interpreter, body: List, io: CommandIO): Promise<{ status: number; stop: boolean }> {
  sh.loopDepth++;
  try {
    return { status: await sh.runList(body, io), stop: false };
  } catch (e) {
    if (!(e instanceof LoopSignal)) throw e;
    if (e.levels > 1) throw new LoopSignal(e.kind, e.levels - 1);
    return { status: 0, stop: e.kind === 'break' };
  } finally {
    sh.loopDepth--;
  }
}

async function forLoop(sh: Interpreter, c: Extract<Command, { type: 'for' }>, io: CommandIO): Promise<number> {
  const items = c.items ? await sh.expandOrFail(() => sh.expander.words(c.items ?? []), io) : sh.state.args;
  if (items === null) return 1;
  let status = 0;
  for (const item of items) {
    sh.budget.step();
    setVar(sh.state, c.name, item);
    const turn = await loopBody(sh, c.body, io);
    status = turn.status;
    if (turn.stop) break;
  }
  return status;
}

async function whileLoop(sh: Interpreter, c: Extract<Command, { type: 'while' | 'until' }>, io: CommandIO): Promise<number> {
  let status = 0;
  for (;;) {
    sh.budget.step();
    const cond = await sh.condition(c.cond, io);
    if ((cond === 0) !== (c.type === 'while')) return status;
    const turn = await loopBody(sh, c.body, io);
    status = turn.status;
    if (turn.stop) return status;
  }
}

async function caseCommand(sh: Interpreter, c: Extract<Command, { type: 'case' }>, io: CommandIO): Promise<number> {
  const subject = await sh.expandOrFail(() => sh.expander.string(c.word), io);
  if (subject === null) return 1;
  for (const item of c.items) {
    for (const p of item.patterns) {
      if (globToRegExp(await sh.expander.pattern(p)).test(subject)) return sh.runList(item.body, io);
    }
  }
  return 0;
}

export async function runCompound(sh: Interpreter, c: Exclude<Command, SimpleCommand>, io: CommandIO): Promise<number> {
  switch (c.type) {
    case 'if':
      for (const clause of c.clauses) {
        if ((await sh.condition(clause.cond, io)) === 0) return sh.runList(clause.body, io);
      }
      return c.elseBody ? sh.runList(c.elseBody, io) : 0;
    case 'for':
      return forLoop(sh, c, io);
    case 'while':
    case 'until':
      return whileLoop(sh, c, io);
    case 'case':
      return caseCommand(sh, c, io);
    case 'group':
      return sh.runList(c.body, io);
    case 'subshell':
      return sh.child().runIsolated(c.body, io);
    case 'function':
      sh.state.functions[c.name] = c.body;
      return 0;
  }
}
