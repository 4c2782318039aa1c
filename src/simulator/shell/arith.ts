// Arithmetic expansion $(( ... )): integer C-like expressions over shell variables, as bash
// evaluates them (64-bit wrap is not modelled; JS numbers truncated to integers). Errors carry
// bash's text, e.g. "division by 0 (error token is "0")".

export class ArithError extends Error {
  /** dash and busybox only say which kind of error it was. */
  readonly kind: 'div0' | 'syntax';
  constructor(message: string, kind: 'div0' | 'syntax' = 'syntax') {
    super(message);
    this.kind = kind;
  }
}

export interface ArithVars {
  get(name: string): string | undefined;
  set(name: string, value: string): void;
}

const BINARY: [string, number][] = [
  ['||', 1], ['&&', 2], ['|', 3], ['^', 4], ['&', 5], ['==', 6], ['!=', 6], ['<=', 7], ['>=', 7], ['<', 7], ['>', 7],
  ['<<', 8], ['>>', 8], ['+', 9], ['-', 9], ['*', 10], ['/', 10], ['%', 10], ['**', 11],
];
const ASSIGN = ['+=', '-=', '*=', '/=', '%=', '='];

export function evalArith(expr: string, vars: ArithVars, depth = 0, pow = true): number {
  if (depth > 32) throw new ArithError(`expression recursion level exceeded (error token is "${expr.trim()}")`);
  const toks = expr.match(/\d+|[A-Za-z_][A-Za-z0-9_]*|\*\*|\+\+|--|\|\||&&|==|!=|<=|>=|<<|>>|[+\-*/%]=|[-+*/%()<>!~&|^=?:]|\S/g) ?? [];
  let pos = 0;
  const peek = () => toks[pos];
  const value = (name: string): number => {
    const v = (vars.get(name) ?? '').trim();
    if (v === '') return 0;
    if (/^-?\d+$/.test(v)) return Number(v);
    return evalArith(v, vars, depth + 1, pow);
  };
  const operand = (): number => {
    const t = toks[pos++];
    if (t === undefined) throw new ArithError(`syntax error: operand expected (error token is "${expr.trim()}")`);
    if (t === '(') {
      const v = ternary();
      if (toks[pos++] !== ')') throw new ArithError(`missing \`)' (error token is "${expr.trim()}")`);
      return v;
    }
    if (t === '-') return -operand();
    if (t === '+') return operand();
    if (t === '!') return operand() ? 0 : 1;
    if (t === '~') return ~operand();
    if (t === '++' || t === '--') {
      const name = toks[pos++] ?? '';
      const v = value(name) + (t === '++' ? 1 : -1);
      vars.set(name, String(v));
      return v;
    }
    if (/^\d+$/.test(t)) return Number(t);
    if (/^[A-Za-z_]/.test(t)) {
      if (ASSIGN.includes(peek() ?? '')) {
        const op = toks[pos++];
        const rhs = ternary();
        const v = op === '=' ? rhs : apply(op.slice(0, -1), value(t), rhs);
        vars.set(t, String(v));
        return v;
      }
      if (peek() === '++' || peek() === '--') {
        const old = value(t);
        vars.set(t, String(old + (toks[pos++] === '++' ? 1 : -1)));
        return old;
      }
      return value(t);
    }
    throw new ArithError(`syntax error: operand expected (error token is "${toks.slice(pos - 1).join(' ')}")`);
  };
  const binary = (minPrec: number): number => {
    let left = operand();
    for (;;) {
      const op = peek();
      const entry = op === '**' && !pow ? undefined : BINARY.find(([o]) => o === op);
      if (!entry || entry[1] < minPrec) return left;
      pos++;
      // ** groups to the right; the others to the left.
      const right = binary(op === '**' ? entry[1] : entry[1] + 1);
      left = apply(op as string, left, right);
    }
  };
  const ternary = (): number => {
    const c = binary(1);
    if (peek() !== '?') return c;
    pos++;
    const a = ternary();
    if (toks[pos++] !== ':') throw new ArithError(`\`:' expected for conditional expression (error token is "${expr.trim()}")`);
    const b = ternary();
    return c ? a : b;
  };
  if (toks.length === 0) return 0;
  const result = ternary();
  if (pos < toks.length) throw new ArithError(`syntax error in expression (error token is "${toks.slice(pos).join(' ')}")`);
  return result;
}

function apply(op: string, a: number, b: number): number {
  switch (op) {
    case '+': return a + b;
    case '-': return a - b;
    case '*': return Math.trunc(a * b);
    case '**': return Math.trunc(a ** b);
    case '/':
    case '%':
      if (b === 0) throw new ArithError('division by 0 (error token is "0")', 'div0');
      return op === '/' ? Math.trunc(a / b) : a % b;
    case '<<': return a << b;
    case '>>': return a >> b;
    case '<': return a < b ? 1 : 0;
    case '>': return a > b ? 1 : 0;
    case '<=': return a <= b ? 1 : 0;
    case '>=': return a >= b ? 1 : 0;
    case '==': return a === b ? 1 : 0;
    case '!=': return a !== b ? 1 : 0;
    case '&': return a & b;
    case '|': return a | b;
    case '^': return a ^ b;
    case '&&': return a && b ? 1 : 0;
    default: return a || b ? 1 : 0;
  }
}
