// Python's operators over the model's values: int and float arithmetic (/ always a float, //
// floors), str and list concatenation and repetition, '%' formatting, comparisons (chained by
// the interpreter), `in`, and the TypeErrors Python raises for mismatched operands.
import { num, PyDict, PyFloat, PyList, PyTuple, raise, repr, str, typeName, type PyValue } from './values.ts';

const isNum = (v: PyValue) => typeof v === 'number' || typeof v === 'boolean' || v instanceof PyFloat;
const mk = (n: number, float: boolean): PyValue => (float ? new PyFloat(n) : n);

function unsupported(op: string, l: PyValue, r: PyValue): never {
  throw raise('TypeError', `unsupported operand type(s) for ${op}: '${typeName(l)}' and '${typeName(r)}'`);
}

/** printf-style '%s and %d' % (a, b). */
function percent(fmt: string, arg: PyValue): string {
  const args = arg instanceof PyTuple ? [...arg.items] : [arg];
  return fmt.replace(/%([-+ 0]*\d*(?:\.\d+)?)([sdrif%])/g, (_m, flags: string, c: string) => {
    if (c === '%') return '%';
    const v = args.shift() ?? null;
    const prec = /\.(\d+)/.exec(flags)?.[1];
    if (c === 's') return str(v);
    if (c === 'r') return repr(v);
    if (c === 'd' || c === 'i') return String(Math.trunc(num(v)));
    return num(v).toFixed(prec === undefined ? 6 : Number(prec));
  });
}

export function binop(op: string, l: PyValue, r: PyValue): PyValue {
  const float = l instanceof PyFloat || r instanceof PyFloat;
  if (isNum(l) && isNum(r)) {
    const a = num(l);
    const b = num(r);
    switch (op) {
      case '+': return mk(a + b, float);
      case '-': return mk(a - b, float);
      case '*': return mk(a * b, float);
      case '/':
        if (b === 0) throw raise('ZeroDivisionError', 'division by zero');
        return new PyFloat(a / b);
      case '//':
        if (b === 0) throw raise('ZeroDivisionError', 'integer division or modulo by zero');
        return mk(Math.floor(a / b), float);
      case '%':
        if (b === 0) throw raise('ZeroDivisionError', 'integer modulo by zero');
        return mk(((a % b) + b) % b, float);
      case '**': return mk(a ** b, float || b < 0);
      case '&': return a & b;
      case '|': return a | b;
      case '^': return a ^ b;
      case '<<': return a << b;
      case '>>': return a >> b;
    }
  }
  if (op === '+' && typeof l === 'string' && typeof r === 'string') return l + r;
  if (op === '+' && l instanceof PyList && r instanceof PyList) return new PyList([...l.items, ...r.items]);
  if (op === '+' && l instanceof PyTuple && r instanceof PyTuple) return new PyTuple([...l.items, ...r.items]);
  if (op === '*' && typeof l === 'string' && typeof r === 'number') return l.repeat(Math.max(0, r));
  if (op === '*' && l instanceof PyList && typeof r === 'number') return new PyList(Array.from({ length: Math.max(0, r) }, () => l.items).flat());
  if (op === '%' && typeof l === 'string') return percent(l, r);
  if (op === '+' && (typeof l === 'string' || typeof r === 'string')) {
    throw raise('TypeError', typeof l === 'string' ? `can only concatenate str (not "${typeName(r)}") to str` : `unsupported operand type(s) for +: '${typeName(l)}' and 'str'`);
  }
  return unsupported(op, l, r);
}

export function equal(a: PyValue, b: PyValue): boolean {
  if (isNum(a) && isNum(b)) return num(a) === num(b);
  if ((a instanceof PyList && b instanceof PyList) || (a instanceof PyTuple && b instanceof PyTuple)) return a.items.length === b.items.length && a.items.every((x, i) => equal(x, b.items[i]));
  if (a instanceof PyDict && b instanceof PyDict) return a.map.size === b.map.size && [...a.map.values()].every(([k, v]) => b.has(k) && equal(v, b.get(k) as PyValue));
  return a === b;
}

function contains(container: PyValue, item: PyValue): boolean {
  if (typeof container === 'string') {
    if (typeof item !== 'string') throw raise('TypeError', `'in <string>' requires string as left operand, not ${typeName(item)}`);
    return container.includes(item);
  }
  if (container instanceof PyList || container instanceof PyTuple) return container.items.some((x) => equal(x, item));
  if (container instanceof PyDict) return container.has(item);
  throw raise('TypeError', `argument of type '${typeName(container)}' is not iterable`);
}

export function compare(op: string, l: PyValue, r: PyValue): boolean {
  switch (op) {
    case '==': return equal(l, r);
    case '!=': return !equal(l, r);
    case 'is': return l === r || (l === null && r === null);
    case 'is not': return !(l === r || (l === null && r === null));
    case 'in': return contains(r, l);
    case 'not in': return !contains(r, l);
  }
  if (typeof l === 'string' && typeof r === 'string') return op === '<' ? l < r : op === '>' ? l > r : op === '<=' ? l <= r : l >= r;
  if (!isNum(l) || !isNum(r)) throw raise('TypeError', `'${op}' not supported between instances of '${typeName(l)}' and '${typeName(r)}'`);
  const a = num(l);
  const b = num(r);
  return op === '<' ? a < b : op === '>' ? a > b : op === '<=' ? a <= b : a >= b;
}
