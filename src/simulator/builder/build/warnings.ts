// buildx's printWarnings: after the progress display, ` 1 warning found (use docker --debug to
// expand):` in yellow and one ` - Rule: message (line N)` per warning; with `docker --debug`,
// each warning's description, `More info: URL` and the Dockerfile excerpt.
import { formatSourceExcerpt } from '../parse/errors.ts';
import { RULES, shortForm, type LintWarning } from './lint-rules.ts';

export interface WarningsFormat {
  debug: boolean;
  /** Wrap the count line in yellow (aec.YellowF), as buildx always does. */
  color: boolean;
  filename: string;
  source: string;
}

export function formatWarnings(warnings: readonly LintWarning[], f: WarningsFormat): string {
  if (warnings.length === 0) return '';
  const count = `${warnings.length === 1 ? '1 warning found' : `${warnings.length} warnings found`}${f.debug ? '' : ' (use docker --debug to expand)'}:\n`;
  let out = `\n ${f.color ? `\x1b[33m${count}\x1b[0m` : count}`;
  for (const w of warnings) {
    out += ` - ${shortForm(w)}\n`;
    if (!f.debug) continue;
    const rule = RULES[w.rule];
    if (rule) out += `${rule.description}\nMore info: ${rule.url}\n`;
    out += formatSourceExcerpt(f.filename, f.source, w.lines);
    out += '\n';
  }
  return out;
}
