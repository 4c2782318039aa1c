// docker/cli's inspect.Inspect, shared by every `inspect` command: each reference is looked up
// in turn; the found documents are printed once all are in (an indented JSON array by default,
// compact with --format json, or a template run on the typed value and, when that fails, on the
// raw JSON map with missingkey=error); the lookup and template errors follow, joined (exit 1).
// A template that does not parse is "template parsing error: ..." with exit status 64.
import { CliError } from '../../errors/cli-error.ts';
import { executeTemplate, parseTemplate, type ParsedTemplate } from '../../util/format/go-template.ts';
import type { CommandContext } from '../command.ts';
import { errorText } from '../commands/container/each-container.ts';
import { daemonJson, jsonIndent } from './go-json.ts';

export interface Inspected {
  /** The client's typed value (goStruct-tagged, Go field names). */
  typed: unknown;
  /** The daemon's JSON document (plain objects in the wire order), or undefined if none. */
  raw?: Record<string, unknown>;
  /** The daemon's exact JSON text when it is not daemonJson(raw) (image inspect: no HTML escaping). */
  json?: string;
}

/** Look one reference up; throw the error the client would report. */
export type GetRef = (ref: string) => Inspected;

function runTemplate(tmpl: ParsedTemplate, el: Inspected): string {
  const typed = executeTemplate(tmpl, el.typed);
  if (typed.ok) return `${typed.output}\n`;
  if (el.raw === undefined) throw new CliError(`template parsing error: ${typed.error}`, 1);
  const raw = executeTemplate(tmpl, el.raw, { missingKey: 'error' });
  if (!raw.ok) throw new CliError(`template parsing error: ${raw.error}`, 1);
  return `${raw.output}\n`;
}

export function runInspect(ctx: CommandContext, refs: string[], format: string, getRef: GetRef): void {
  let tmpl: ParsedTemplate | undefined;
  if (format !== '' && format !== 'json') {
    const parsed = parseTemplate(format);
    if (!parsed.ok) throw new CliError(`template parsing error: ${parsed.error}`, 64);
    tmpl = parsed.template;
  }
  const errors: string[] = [];
  const docs: string[] = [];
  let text = '';
  for (const ref of refs) {
    try {
      const el = getRef(ref);
      if (tmpl) text += runTemplate(tmpl, el);
      else docs.push(el.json ?? daemonJson(el.raw ?? el.typed));
    } catch (e) {
      errors.push(errorText(e));
    }
  }
  if (tmpl) ctx.stdout.write(text === '' ? '\n' : text);
  else if (docs.length === 0) ctx.stdout.write('[]\n');
  else ctx.stdout.write(`${format === 'json' ? `[${docs.join(',')}]` : jsonIndent(`[${docs.join(',')}]`)}\n`);
  if (errors.length) throw new CliError(errors.join('\n'), 1);
}
