// Go's text/template, as docker's --format and inspect -f use it (docker/cli templates/templates.go
// adds json, split, join, title, lower, upper, pad, truncate to Go's builtins). Parse once with
// parseTemplate, execute with executeTemplate against plain JS values (see go-value.ts for how JS
// values stand in for Go's: undefined is a missing map key, null is nil, goStruct marks a struct).
//
// Ported from Go's text/template and text/template/parse (lexer states, parser, exec) so the
// error messages are Go's, e.g.
//   template: :1: function "foo" not defined
//   template: :1: unclosed action
//   template: :3: unclosed action started at :1
//   template: :1:2: executing "" at <.Foo>: can't evaluate field Foo in type *formatter.ContainerContext
// Positions are byte offsets in the line, as Go counts them. Everything is returned as values.
//
// How docker reports them (docker/cli):
//   - formatter.Context (ps, images, volume ls, network ls, ...): both a parse error and an
//     execution error are printed as "template parsing error: <go error>" on stderr, exit status 1,
//     and nothing is written to stdout (rows are buffered until every row has been executed).
//   - docker ps checks the template first: "failed to parse template: <go error>" or
//     "failed to execute template: <go error>" (executed against an empty container), exit 1.
//   - docker inspect -f: a parse error is "template parsing error: <go error>" with exit status 64;
//     an execution error makes it retry on the raw JSON (maps, option missingkey=error), so a
//     missing field reads "template parsing error: template: :1:2: executing "" at <.Foo>: map
//     has no entry for key "Foo"" with exit status 1.
//
// Supported: text, {{ }} with {{- -}} trimming, comments, fields and chains, map keys, variables
// ($, $x := / $x =), pipelines, parenthesised pipelines, if/else if/else with/else, range (arrays,
// maps in key order, integers as Go 1.22+, $i, $v :=, break, continue), with, define/template/block,
// Go's builtins (and or not len index slice eq ne lt le gt ge print printf println html js
// urlquery call) and docker's funcs. Not supported: complex numbers (a parse error here).
export { DOCKER_FUNCS, DOCKER_HEADER_FUNCS, goSplit, goTitle, goToLower, goToUpper } from './go-template/docker-funcs.ts';
export { GoFuncError, executeTemplate, renderTemplate } from './go-template/exec.ts';
export type { ExecOptions, ExecResult } from './go-template/exec.ts';
export { GO_BUILTINS } from './go-template/funcs.ts';
export type { ListNode, TemplateFuncs } from './go-template/nodes.ts';
export { parseTemplate } from './go-template/parse.ts';
export type { ParseOptions, ParseResult, ParsedTemplate } from './go-template/parse.ts';
export type { GoFunc } from './go-value.ts';
