// docker/cli's formatter.Context (cli/command/formatter/formatter.go, custom.go): how a --format
// string becomes output for ps, images, volume ls, network ls, ...
//
//   - "table ..." (any format starting with "table") is a table: the template (minus the "table"
//     prefix) is executed once per row; then the header row is produced by executing the same
//     template against the header context (a map of field name -> column title, e.g. ID ->
//     "CONTAINER ID") with the header functions (json/upper/... return their argument unchanged,
//     pad still pads), and header + rows go through tabwriter(10, 1, 3, ' ') together. A header
//     execution error is ignored: whatever it wrote before the error is the header line.
//   - any other format prints each row's output followed by "\n", with no header.
//   - "json" means "{{json .}}"; exactly "table" means an empty template (callers normally map a
//     bare "table" to their default table format first, as NewContainerFormat etc. do).
//   - before parsing, surrounding spaces are trimmed and the two-character sequences \t and \n are
//     replaced by a tab and a newline.
//   - errors: a parse or execution error is returned as "template parsing error: <go error>"; the
//     CLI prints it to stderr and exits with status 1; no row is printed (rows are buffered).
//     (docker ps checks the format first and reports "failed to parse template: ..." or "failed to
//     execute template: ..." instead; see go-template.ts.)
//
// The command files build the row contexts (goStruct('*formatter.ContainerContext', {...}) and
// so on) and the header map; this module is generic.
import { executeTemplate, parseTemplate, DOCKER_FUNCS, DOCKER_HEADER_FUNCS } from './go-template.ts';
import { goMap } from './go-value.ts';
import { tabwrite } from './tabwriter.ts';

/** Header titles shared by several formatters (formatter/custom.go). */
export const COMMON_HEADERS = {
  CreatedSince: 'CREATED',
  CreatedAt: 'CREATED AT',
  Size: 'SIZE',
  Labels: 'LABELS',
  Name: 'NAME',
  Description: 'DESCRIPTION',
  Driver: 'DRIVER',
  Scope: 'SCOPE',
  State: 'STATE',
  Status: 'STATUS',
  Ports: 'PORTS',
  Image: 'IMAGE',
  Error: 'ERROR',
  ContainerID: 'CONTAINER ID',
} as const;

export const TABLE_FORMAT_KEY = 'table';
export const RAW_FORMAT_KEY = 'raw';
export const PRETTY_FORMAT_KEY = 'pretty';
export const JSON_FORMAT_KEY = 'json';
export const DEFAULT_QUIET_FORMAT = '{{.ID}}';
export const JSON_FORMAT = '{{json .}}';

/** Format.IsTable: the format starts with "table". */
export function isTableFormat(format: string): boolean {
  return format.startsWith(TABLE_FORMAT_KEY);
}

/** Format.IsJSON: the format is exactly "json". */
export function isJsonFormat(format: string): boolean {
  return format === JSON_FORMAT_KEY;
}

/** Format.templateString: the template text docker parses for a --format value. */
export function templateString(format: string): string {
  if (format === TABLE_FORMAT_KEY) return '';
  if (format === JSON_FORMAT_KEY) return JSON_FORMAT;
  let out = format;
  if (out.startsWith(TABLE_FORMAT_KEY)) out = out.slice(TABLE_FORMAT_KEY.length);
  out = out.replace(/^ +| +$/g, '');
  return out.replace(/\\([tn])/g, (_, c: string) => (c === 't' ? '\t' : '\n'));
}

/** SubHeaderContext.Label: the last dot-separated part, '-' and '_' as spaces. */
export function headerLabel(name: string): string {
  const parts = name.split('.');
  return parts[parts.length - 1].replace(/[-_]/g, ' ');
}

/** A SubHeaderContext (map[string]string with a Label method) for the given titles. */
export function headerContext(headers: Record<string, string>): Record<string, string> {
  return goMap({ ...headers }, 'formatter.SubHeaderContext', { Label: { params: ['string'], fn: (n) => headerLabel(n as string) } }, 'string');
}

export type FormatResult = { ok: true; output: string } | { ok: false; error: string };

export interface RenderOptions {
  /** Use this header context instead of headerContext(headers) (e.g. one with extra methods). */
  header?: unknown;
}

/**
 * formatter.Context.Write: renders rows with a --format string. `headers` maps field names to
 * column titles (used only by table formats). Returns the complete stdout text, or the error
 * docker prints ("template parsing error: ...").
 */
export function renderFormatted(format: string, rows: readonly unknown[], headers: Record<string, string>, opts: RenderOptions = {}): FormatResult {
  const parsed = parseTemplate(templateString(format), { funcs: DOCKER_FUNCS });
  if (!parsed.ok) return { ok: false, error: `template parsing error: ${parsed.error}` };
  let body = '';
  for (const row of rows) {
    const r = executeTemplate(parsed.template, row, { funcs: DOCKER_FUNCS });
    if (!r.ok) return { ok: false, error: `template parsing error: ${r.error}` };
    body += `${r.output}\n`;
  }
  if (!isTableFormat(format)) return { ok: true, output: body };
  const header = executeTemplate(parsed.template, opts.header ?? headerContext(headers), { funcs: DOCKER_HEADER_FUNCS });
  return { ok: true, output: tabwrite(`${header.output}\n${body}`) };
}
