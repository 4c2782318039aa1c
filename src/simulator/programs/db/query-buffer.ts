// What a SQL client collects at its prompt: typed lines until a statement ends with `;` outside
// quotes (for psql also outside parentheses), `--` comments dropped. What is left open picks the
// continuation prompt (psql's `-#`, `(#`, `'#`; mysql's `->`, `'>`).

export class QueryBuffer {
  private text = '';
  private readonly parens: boolean;

  constructor(opts: { parens: boolean }) {
    this.parens = opts.parens;
  }

  /** What is open: a quote character, '(' (psql), '-' for an unfinished statement, '' for nothing. */
  get open(): string {
    const s = this.split(this.text);
    return s.quote || (s.depth > 0 ? '(' : this.text.trim() ? '-' : '');
  }

  reset(): void {
    this.text = '';
  }

  /** Add a typed line; the statements it completes (without their `;`), the rest kept. */
  add(line: string): string[] {
    const s = this.split(this.text ? `${this.text}\n${line}` : line);
    this.text = s.rest.trim() ? s.rest.trimStart() : '';
    return s.statements;
  }

  /** The statements `text` ends, comments dropped; what follows the last; the state at its end. */
  private split(text: string): { statements: string[]; rest: string; quote: string; depth: number } {
    const statements: string[] = [];
    let quote = '';
    let depth = 0;
    let cur = '';
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      if (!quote && ch === '-' && text[i + 1] === '-') {
        const nl = text.indexOf('\n', i);
        i = (nl === -1 ? text.length : nl) - 1;
        continue;
      }
      if (quote) quote = ch === quote ? '' : quote;
      else if (ch === "'" || ch === '"') quote = ch;
      else if (this.parens && ch === '(') depth++;
      else if (this.parens && ch === ')' && depth > 0) depth--;
      else if (ch === ';' && depth === 0) {
        if (cur.trim()) statements.push(cur.trim());
        cur = '';
        continue;
      }
      cur += ch;
    }
    return { statements, rest: cur, quote, depth };
  }
}
