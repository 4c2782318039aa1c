// docker/compose's list output helpers (cmd/formatter/formatter.go, pretty.go, json.go):
// PrintPrettySection lays rows out with Go's stdlib tabwriter(20, 1, 3, ' ') under a header
// line; Print picks that, JSON (a compact array, HTML not escaped) or fails with
// `format value "x" could not be parsed: parsing failed`.
import { CliError } from '../../../errors/cli-error.ts';
import { goJsonMarshal } from '../../../util/format/go-json.ts';
import { tabwrite } from '../../../util/format/tabwriter.ts';

/** Go's text/tabwriter counts runes, not display columns. */
const runeCount = (s: string) => [...s].length;

/** PrintPrettySection: the header row and the rows, tab-separated, through tabwriter(20, 1, 3). */
export function prettySection(headers: string[], rows: string[][]): string {
  const text = [headers, ...rows].map((r) => `${r.join('\t')}\n`).join('');
  return tabwrite(text, { minwidth: 20, tabwidth: 1, padding: 3, padchar: ' ', width: runeCount });
}

/** formatter.ToJSON with no indent: json.Encoder (SetEscapeHTML(false)) output, with its newline. */
export function toJson(value: unknown): string {
  return `${goJsonMarshal(value, { escapeHTML: false })}\n`;
}

/** formatter.Print for a slice: "table"/"pretty"/"" a pretty section, "json" one JSON array. */
export function printList(value: unknown[], format: string, headers: string[], rows: () => string[][]): string {
  switch (format.toLowerCase()) {
    case 'table':
    case 'pretty':
    case '':
      return prettySection(headers, rows());
    case '{{json.}}':
      return value.map((v) => toJson(v)).join('');
    case 'json':
      return toJson(value);
    default:
      throw new CliError(`format value ${JSON.stringify(format)} could not be parsed: parsing failed`, 1);
  }
}
