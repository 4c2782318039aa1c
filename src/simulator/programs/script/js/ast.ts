// The syntax tree of the JavaScript the model follows. `at` is [line, column] in the file, for
// node's stack lines and the "beyond the model" message. Constructs the model does not follow
// (class, switch, generators ...) parse to { t: 'unsupported' } and are reported when reached.
export type At = [number, number];

export type Pattern =
  | { t: 'id'; name: string; at: At }
  | { t: 'objpat'; props: { key: string; value: Pattern; def?: Expr }[]; rest?: string; at: At }
  | { t: 'arrpat'; items: ({ p: Pattern; def?: Expr } | null)[]; rest?: string; at: At };

export interface FnExpr {
  t: 'fn';
  name?: string;
  params: { p: Pattern; def?: Expr; rest?: boolean }[];
  body: Stmt[] | Expr;
  arrow: boolean;
  async: boolean;
  at: At;
}

export type Prop = { kind: 'kv'; key: string | Expr; value: Expr } | { kind: 'spread'; e: Expr };

export type Expr =
  | { t: 'lit'; v: string | number | boolean | null | undefined; at: At }
  | { t: 'tmpl'; strs: string[]; exprs: Expr[]; at: At }
  | { t: 'id'; name: string; at: At }
  | { t: 'arr'; items: Expr[]; at: At }
  | { t: 'obj'; props: Prop[]; at: At }
  | FnExpr
  | { t: 'member'; obj: Expr; prop: Expr | string; optional: boolean; at: At }
  | { t: 'call'; callee: Expr; args: Expr[]; optional: boolean; isNew: boolean; at: At }
  | { t: 'un'; op: string; e: Expr; at: At }
  | { t: 'upd'; op: '++' | '--'; prefix: boolean; e: Expr; at: At }
  | { t: 'bin'; op: string; l: Expr; r: Expr; at: At }
  | { t: 'cond'; test: Expr; a: Expr; b: Expr; at: At }
  | { t: 'assign'; op: string; target: Expr | Pattern; v: Expr; at: At }
  | { t: 'seq'; es: Expr[]; at: At }
  | { t: 'spread'; e: Expr; at: At }
  | { t: 'unsupported'; what: string; at: At };

export type Stmt =
  | { t: 'var'; kind: string; decls: { p: Pattern; init?: Expr }[]; at: At }
  | { t: 'fndecl'; fn: FnExpr; at: At }
  | { t: 'expr'; e: Expr; at: At }
  | { t: 'if'; test: Expr; then: Stmt; else?: Stmt; at: At }
  | { t: 'block'; body: Stmt[]; at: At }
  | { t: 'for'; init?: Stmt; test?: Expr; update?: Expr; body: Stmt; at: At }
  | { t: 'forof'; kind: string; p: Pattern; of: boolean; e: Expr; body: Stmt; at: At }
  | { t: 'while'; test: Expr; body: Stmt; at: At }
  | { t: 'return'; e?: Expr; at: At }
  | { t: 'break'; at: At }
  | { t: 'continue'; at: At }
  | { t: 'throw'; e: Expr; at: At }
  | { t: 'try'; block: Stmt[]; param?: Pattern; handler?: Stmt[]; finalizer?: Stmt[]; at: At }
  | { t: 'import'; source: string; def?: string; ns?: string; named: [string, string][]; at: At }
  | { t: 'empty'; at: At }
  | { t: 'unsupported'; what: string; at: At };
