// --format for the system commands, over util/format: `docker version` and `docker info` parse
// with docker's templates.Parse (a parse error is "template parsing error: ..." with exit 64),
// execute once and end with a newline, reporting an execution error after what was written;
// `docker system df` renders rows through formatter.Context (renderFormatted).
import { CliError } from '../../../errors/cli-error.ts';
import { executeTemplate, parseTemplate, type ParsedTemplate } from '../../../util/format/go-template.ts';
import { renderFormatted, templateString } from '../../../util/format/table.ts';
import type { CommandContext } from '../../command.ts';

export { FORMAT_HELP, INSPECT_FORMAT_HELP } from '../format-help.ts';

/** templates.New(name).Parse(format), `json` meaning {{json .}}; a failure is StatusError `status`. */
export function parseFormat(format: string, status: number, name = ''): ParsedTemplate {
  const parsed = parseTemplate(format === 'json' ? '{{json .}}' : format, { name });
  if (!parsed.ok) throw new CliError(`template parsing error: ${parsed.error}`, status);
  return parsed.template;
}

/**
 * tmpl.Execute(out, data) then a newline (when `newline`): the output written before an
 * execution error stays, and the error (exit 1) follows on stderr.
 */
export function executeFormat(ctx: CommandContext, tmpl: ParsedTemplate, data: unknown, newline = true): void {
  const r = executeTemplate(tmpl, data);
  ctx.stdout.write(newline ? `${r.output}\n` : r.output);
  if (!r.ok) throw new CliError(r.error, 1);
}

/** formatter.Context.Write for rows (table or not); errors print nothing else and exit 1. */
export function renderRows(format: string, rows: readonly unknown[], headers: Record<string, string>): string {
  const r = renderFormatted(format, rows, headers);
  if (!r.ok) throw new CliError(r.error, 1);
  return r.output;
}

/** formatter.Context.parseFormat for a template executed once over a whole value (df -v). */
export function parseContextFormat(format: string): ParsedTemplate {
  const parsed = parseTemplate(templateString(format));
  if (!parsed.ok) throw new CliError(`template parsing error: ${parsed.error}`, 1);
  return parsed.template;
}
