// The syntax tree of the Python the model follows. `line`/`col` locate a node for tracebacks.
// Constructs the model does not follow (class, with, yield, match ...) become { t: 'unsupported' }.
export interface Pos {
  line: number;
  col: number;
}

export interface PyParam {
  name: string;
  def?: PyExpr;
  star?: '*' | '**';
}

export interface PyFnDef {
  name: string;
  params: PyParam[];
  body: PyStmt[];
  decorators: PyExpr[];
  pos: Pos;
}

export type PyExpr = Pos &
  (
    | { t: 'const'; v: string | number | boolean | null; float?: boolean }
    | { t: 'fstr'; parts: (string | { e: PyExpr; conv?: string; spec?: string })[] }
    | { t: 'name'; name: string }
    | { t: 'list' | 'tuple' | 'set'; items: PyExpr[] }
    | { t: 'dict'; keys: (PyExpr | null)[]; values: PyExpr[] }
    | { t: 'attr'; obj: PyExpr; name: string }
    | { t: 'sub'; obj: PyExpr; index: PyExpr | { t: 'slice'; lo?: PyExpr; hi?: PyExpr } }
    | { t: 'call'; fn: PyExpr; args: PyExpr[]; kwargs: [string, PyExpr][]; star?: PyExpr; dstar?: PyExpr }
    | { t: 'bin'; op: string; l: PyExpr; r: PyExpr }
    | { t: 'bool'; op: 'and' | 'or'; l: PyExpr; r: PyExpr }
    | { t: 'not'; e: PyExpr }
    | { t: 'unary'; op: string; e: PyExpr }
    | { t: 'cmp'; ops: string[]; items: PyExpr[] }
    | { t: 'ifexp'; test: PyExpr; a: PyExpr; b: PyExpr }
    | { t: 'lambda'; params: PyParam[]; body: PyExpr }
    | { t: 'comp'; kind: 'list' | 'dict' | 'set' | 'gen'; elt: PyExpr; val?: PyExpr; target: PyExpr; iter: PyExpr; cond?: PyExpr }
    | { t: 'starred'; e: PyExpr }
    | { t: 'unsupported'; what: string }
  );

export type PyStmt = Pos &
  (
    | { t: 'expr'; e: PyExpr }
    | { t: 'assign'; targets: PyExpr[]; value: PyExpr }
    | { t: 'augassign'; op: string; target: PyExpr; value: PyExpr }
    | { t: 'import'; names: [string, string | undefined][] }
    | { t: 'from'; module: string; names: [string, string | undefined][] }
    | { t: 'def'; fn: PyFnDef }
    | { t: 'return'; e?: PyExpr }
    | { t: 'if'; test: PyExpr; body: PyStmt[]; orelse: PyStmt[] }
    | { t: 'while'; test: PyExpr; body: PyStmt[] }
    | { t: 'for'; target: PyExpr; iter: PyExpr; body: PyStmt[] }
    | { t: 'try'; body: PyStmt[]; handlers: { type?: PyExpr; name?: string; body: PyStmt[] }[]; final: PyStmt[] }
    | { t: 'raise'; e?: PyExpr }
    | { t: 'pass' | 'break' | 'continue' }
    | { t: 'global'; names: string[] }
    | { t: 'unsupported'; what: string }
  );
