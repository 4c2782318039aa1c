// JavaScript's binary operators over the model's values: + concatenates when either side is a
// string or an object, == compares loosely (null == undefined, numbers against strings).
import type { At } from './ast.ts';
import { Beyond, JsArray, JsObject, JsThrow, makeError, toNum, toStr, type Value } from './values.ts';

function looseEq(a: Value, b: Value): boolean {
  if ((a === null || a === undefined) && (b === null || b === undefined)) return true;
  if (typeof a === typeof b || a === null || b === null || a === undefined || b === undefined) return a === b;
  return toNum(a) === toNum(b);
}

export function binop(op: string, l: Value, r: Value, at: At): Value {
  switch (op) {
    case '+':
      return typeof l === 'string' || typeof r === 'string' || l instanceof JsObject || r instanceof JsObject || l instanceof JsArray || r instanceof JsArray ? toStr(l) + toStr(r) : toNum(l) + toNum(r);
    case '-': return toNum(l) - toNum(r);
    case '*': return toNum(l) * toNum(r);
    case '/': return toNum(l) / toNum(r);
    case '%': return toNum(l) % toNum(r);
    case '**': return toNum(l) ** toNum(r);
    case '===': return l === r;
    case '!==': return l !== r;
    case '==': return looseEq(l, r);
    case '!=': return !looseEq(l, r);
    case '<': return typeof l === 'string' && typeof r === 'string' ? l < r : toNum(l) < toNum(r);
    case '>': return typeof l === 'string' && typeof r === 'string' ? l > r : toNum(l) > toNum(r);
    case '<=': return typeof l === 'string' && typeof r === 'string' ? l <= r : toNum(l) <= toNum(r);
    case '>=': return typeof l === 'string' && typeof r === 'string' ? l >= r : toNum(l) >= toNum(r);
    case '&': return toNum(l) & toNum(r);
    case '|': return toNum(l) | toNum(r);
    case '^': return toNum(l) ^ toNum(r);
    case '<<': return toNum(l) << toNum(r);
    case '>>': return toNum(l) >> toNum(r);
    case '>>>': return toNum(l) >>> toNum(r);
    case 'in':
      if (!(r instanceof JsObject)) throw new JsThrow(makeError('TypeError', `Cannot use 'in' operator to search for '${toStr(l)}' in ${toStr(r)}`), at);
      return r.props.has(toStr(l));
    default:
      throw new Beyond(`the '${op}' operator`);
  }
}
