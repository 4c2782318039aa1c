// parseDockerfile: the whole of what BuildKit does to a Dockerfile before it builds anything
// (dockerfile2llb toDispatchState up to instructions.Parse): the `check` directive, the line
// parser, then each node typed and grouped into stages after their FROM, ARGs before the first
// FROM kept as global (meta) ARGs. Throws DockerfileError with BuildKit's message and lines.
import type { Dockerfile, Instruction, Stage } from './ast.ts';
import { findDirective, parseCheckOptions } from './directives.ts';
import { DockerfileError, lineRange } from './errors.ts';
import { trimSpace } from './go-text.ts';
import { type FromLine, parseInstruction } from './instructions.ts';
import { parseNodes } from './nodes.ts';

export function parseDockerfile(source: string): Dockerfile {
  if (source.length === 0) throw new DockerfileError('the Dockerfile cannot be empty');
  let check;
  try {
    check = parseCheckOptions(findDirective(source, 'check'));
  } catch (e) {
    throw new DockerfileError((e as Error).message);
  }
  const { nodes, escapeToken, directives, warnings } = parseNodes(source);
  const metaArgs: Dockerfile['metaArgs'] = [];
  const stages: Stage[] = [];
  for (const node of nodes) {
    const lines = lineRange(node.range.start, node.range.end);
    let parsed: Instruction | FromLine;
    try {
      parsed = parseInstruction(node);
    } catch (e) {
      throw new DockerfileError(`dockerfile parse error on line ${node.range.start}: ${(e as Error).message}`, [lines]);
    }
    if (parsed.kind === 'FROM') {
      stages.push({
        name: parsed.stageName,
        baseName: parsed.baseName,
        platform: parsed.platform,
        fromName: parsed.name,
        original: trimSpace(node.original),
        range: node.range,
        comments: node.comments,
        instructions: [],
      });
    } else if (stages.length === 0 && parsed.kind === 'ARG') metaArgs.push(parsed);
    else if (stages.length === 0) throw new DockerfileError('no build stage in current context', [lines]);
    else stages[stages.length - 1].instructions.push(parsed);
  }
  if (stages.length === 0) throw new DockerfileError('dockerfile contains no stages to build');
  return { escapeToken, check, directives, metaArgs, stages, warnings };
}

/**
 * An ONBUILD trigger stored in a base image, parsed when a stage built FROM that image starts
 * (initOnBuildTriggers): one instruction, placed at the FROM line's range for errors and steps.
 */
export function parseOnbuildTrigger(expression: string, from: Stage): Instruction {
  const { nodes } = parseNodes(expression);
  if (nodes.length !== 1) throw new DockerfileError('onbuild trigger should be a single expression');
  const node = { ...nodes[0], range: from.range };
  const lines = [lineRange(from.range.start, from.range.end)];
  let parsed: Instruction | FromLine;
  try {
    parsed = parseInstruction(node);
  } catch (e) {
    throw new DockerfileError((e as Error).message, lines);
  }
  if (parsed.kind === 'FROM') throw new DockerfileError('*instructions.Stage is not a command type', lines);
  return parsed;
}
