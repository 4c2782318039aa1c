// The parse tree of a Go template (text/template/parse/node.go) and how nodes print in errors.
// Part of ../go-template.ts (its header says what is supported and how docker reports errors).
import { type GoFunc } from '../go-value.ts';
import { goQuote } from '../go-fmt.ts';

export type TemplateFuncs = Record<string, GoFunc>;

// ===========================================================================
// Parse tree (text/template/parse/node.go)

export interface Base {
  pos: number;
}
export interface ListNode extends Base { type: 'list'; nodes: Node[] }
export interface TextNode extends Base { type: 'text'; text: string }
export interface CommentNode extends Base { type: 'comment'; text: string }
export interface ActionNode extends Base { type: 'action'; line: number; pipe: PipeNode }
export interface BranchNode extends Base { type: 'if' | 'range' | 'with'; line: number; pipe: PipeNode; list: ListNode; elseList: ListNode | null }
export interface BreakNode extends Base { type: 'break' | 'continue'; line: number }
export interface TemplateNode extends Base { type: 'template'; line: number; name: string; pipe: PipeNode | null }
export interface EndNode extends Base { type: 'end' | 'else'; line: number }
export interface PipeNode extends Base { type: 'pipe'; line: number; isAssign: boolean; decl: VariableNode[]; cmds: CommandNode[] }
export interface CommandNode extends Base { type: 'command'; args: Node[] }
export interface FieldNode extends Base { type: 'field'; ident: string[] }
export interface ChainNode extends Base { type: 'chain'; node: Node; field: string[] }
export interface IdentifierNode extends Base { type: 'identifier'; ident: string }
export interface VariableNode extends Base { type: 'variable'; ident: string[] }
export interface DotNode extends Base { type: 'dot' }
export interface NilNode extends Base { type: 'nil' }
export interface BoolNode extends Base { type: 'bool'; val: boolean }
export interface NumberNode extends Base {
  type: 'number';
  text: string;
  isInt: boolean;
  isUint: boolean;
  isFloat: boolean;
  int: bigint;
  float: number;
}
export interface StringNode extends Base { type: 'string'; quoted: string; text: string }

export type Node =
  | ListNode | TextNode | CommentNode | ActionNode | BranchNode | BreakNode | TemplateNode | EndNode
  | PipeNode | CommandNode | FieldNode | ChainNode | IdentifierNode | VariableNode | DotNode | NilNode
  | BoolNode | NumberNode | StringNode;

export function nodeString(n: Node): string {
  switch (n.type) {
    case 'list': return n.nodes.map(nodeString).join('');
    case 'text': return n.text;
    case 'comment': return `{{${n.text}}}`;
    case 'action': return `{{${nodeString(n.pipe)}}}`;
    case 'if': case 'range': case 'with': {
      let s = `{{${n.type} ${nodeString(n.pipe)}}}${nodeString(n.list)}`;
      if (n.elseList) s += `{{else}}${nodeString(n.elseList)}`;
      return `${s}{{end}}`;
    }
    case 'break': return '{{break}}';
    case 'continue': return '{{continue}}';
    case 'template': return n.pipe ? `{{template ${goQuote(n.name)} ${nodeString(n.pipe)}}}` : `{{template ${goQuote(n.name)}}}`;
    case 'end': return '{{end}}';
    case 'else': return '{{else}}';
    case 'pipe': {
      let s = n.decl.length ? `${n.decl.map(nodeString).join(', ')} := ` : '';
      s += n.cmds.map(nodeString).join(' | ');
      return s;
    }
    case 'command': return n.args.map((a) => (a.type === 'pipe' ? `(${nodeString(a)})` : nodeString(a))).join(' ');
    case 'field': return n.ident.map((id) => `.${id}`).join('');
    case 'chain': return (n.node.type === 'pipe' ? `(${nodeString(n.node)})` : nodeString(n.node)) + n.field.map((f) => `.${f}`).join('');
    case 'identifier': return n.ident;
    case 'variable': return n.ident.join('.');
    case 'dot': return '.';
    case 'nil': return 'nil';
    case 'bool': return n.val ? 'true' : 'false';
    case 'number': return n.text;
    case 'string': return n.quoted;
  }
}
