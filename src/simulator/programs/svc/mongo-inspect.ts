// How mongosh prints a value: Node's util.inspect (compact 3, breakLength 80), with BSON types
// shown as constructors (ObjectId('...'), ISODate('...')). An object or array goes on one line
// when it fits in 80 columns and nests at most three levels; otherwise one entry per line.
// A string result at the top level prints bare, as mongosh's REPL shows it.

const COMPACT = 3;
const BREAK_LENGTH = 80;

interface Ctx {
  indentationLvl: number;
  currentDepth: number;
}

export function isObjectId(v: unknown): v is { $oid: string } {
  return !!v && typeof v === 'object' && typeof (v as { $oid?: unknown }).$oid === 'string' && Object.keys(v).length === 1;
}

export function isDate(v: unknown): v is { $date: string } {
  return !!v && typeof v === 'object' && typeof (v as { $date?: unknown }).$date === 'string' && Object.keys(v).length === 1;
}

function quote(s: string): string {
  if (s.includes("'") && !s.includes('"')) return `"${s}"`;
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
}

function key(k: string): string {
  return /^[a-zA-Z_][a-zA-Z_0-9]*$/.test(k) ? k : quote(k);
}

function isBelowBreakLength(output: string[], start: number): boolean {
  let total = output.length + start;
  if (total + output.length > BREAK_LENGTH) return false;
  for (const o of output) {
    total += o.length;
    if (total > BREAK_LENGTH) return false;
  }
  return true;
}

function reduce(ctx: Ctx, output: string[], braces: [string, string], recurseTimes: number): string {
  if (ctx.currentDepth - recurseTimes < COMPACT) {
    const start = output.length + ctx.indentationLvl + braces[0].length + 10;
    if (isBelowBreakLength(output, start)) {
      const joined = output.join(', ');
      if (!joined.includes('\n')) return `${braces[0]} ${joined} ${braces[1]}`;
    }
  }
  const ind = `\n${' '.repeat(ctx.indentationLvl)}`;
  return `${braces[0]}${ind}  ${output.join(`,${ind}  `)}${ind}${braces[1]}`;
}

function formatValue(ctx: Ctx, v: unknown, recurseTimes: number): string {
  if (v === null) return 'null';
  if (v === undefined) return 'undefined';
  if (typeof v === 'string') return quote(v);
  if (typeof v === 'number') return Object.is(v, -0) ? '-0' : String(v);
  if (typeof v === 'boolean') return String(v);
  if (isObjectId(v)) return `ObjectId('${v.$oid}')`;
  if (isDate(v)) return `ISODate('${v.$date}')`;
  const isArray = Array.isArray(v);
  const entries = isArray ? (v as unknown[]).map((x) => ['', x] as const) : Object.entries(v as object);
  if (entries.length === 0) return isArray ? '[]' : '{}';
  ctx.currentDepth = recurseTimes;
  ctx.indentationLvl += 2;
  const output = entries.map(([k, x]) => (isArray ? '' : `${key(k)}: `) + formatValue(ctx, x, recurseTimes + 1));
  ctx.indentationLvl -= 2;
  return reduce(ctx, output, isArray ? ['[', ']'] : ['{', '}'], recurseTimes);
}

/** The text mongosh prints for a result. */
export function inspect(v: unknown): string {
  if (typeof v === 'string') return v;
  return formatValue({ indentationLvl: 0, currentDepth: 0 }, v, 0);
}
