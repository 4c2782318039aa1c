// Build time: a Shiki transformer that gives fenced commands marked `run` (```sh run) a Run button.
// The button carries the commands in `data-run`; the lesson page's script types them into the
// terminal. Without the flag a block is only highlighted, so sample output stays inert.

/** The few hast shapes used here (hast's own types come with Shiki; Astro owns that dependency). */
interface HastElement {
  type: 'element';
  tagName: string;
  properties: Record<string, unknown>;
  children: unknown[];
}
interface HastRoot {
  type: 'root';
  children: unknown[];
}
/** The part of Shiki's transformer context this transformer reads. */
interface TransformerContext {
  source: string;
  options: { meta?: unknown };
}

/** The commands of a block: one per line, blank lines and `#` comments dropped. */
export function commandsOf(source: string): string[] {
  return source
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

/** Whether a fence's meta string (the text after the language) has the `run` flag. */
export function hasRunFlag(meta: unknown): boolean {
  const raw = typeof meta === 'string' ? meta : (meta as { __raw?: unknown } | undefined)?.__raw;
  return typeof raw === 'string' && /(^|\s)run(\s|$)/.test(raw);
}

/** The accessible name of a Run button: the command itself, or how many commands run. */
export function runLabel(commands: readonly string[]): string {
  return commands.length === 1 ? `Run ${commands[0]}` : `Run these ${commands.length} commands`;
}

export function runButton(commands: readonly string[]): HastElement {
  return {
    type: 'element',
    tagName: 'button',
    properties: { type: 'button', className: ['run-button'], dataRun: commands.join('\n'), ariaLabel: runLabel(commands) },
    children: [{ type: 'text', value: 'Run' }],
  };
}

export function runnableCommands() {
  return {
    name: 'dockyard:runnable-commands',
    root(this: TransformerContext, root: HastRoot): void {
      if (!hasRunFlag(this.options.meta)) return;
      const commands = commandsOf(this.source);
      if (commands.length === 0) return;
      const wrapper: HastElement = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['runnable'] },
        children: [...root.children, runButton(commands)],
      };
      root.children = [wrapper];
    },
  };
}
