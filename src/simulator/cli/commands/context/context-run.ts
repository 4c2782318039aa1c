// What `docker context ls/use/rm/inspect` do (their specs are ls.ts, use.ts, rm.ts, inspect.ts,
// which load this module the first time one runs). The store holds no context of the learner's: only the
// default one exists, its endpoint DOCKER_HOST or the local socket; any other name is "context
// not found" with the path its meta.json would have (~/.docker/contexts/meta/<sha256>/).
import { CliError } from '../../../errors/cli-error.ts';
import { renderFormatted } from '../../../util/format/table.ts';
import { goJsonMarshal } from '../../../util/format/go-json.ts';
import { goMap, goStruct } from '../../../util/format/go-value.ts';
import { sha256Hex } from '../../../util/sha256.ts';
import { flagBool, flagString } from '../../command.ts';
import type { CommandContext } from '../../command.ts';
import type { ParsedFlags } from '../../flags.ts';
import { runInspect, type Inspected } from '../../format-context/inspector.ts';
import { DEFAULT_CONFIG_DIR } from '../../root.ts';

const DEFAULT = 'default';
const TABLE = 'table {{.Name}}{{if .Current}} *{{end}}\t{{.Description}}\t{{.DockerEndpoint}}\t{{.Error}}';
// No "Current" header: `{{if .Current}}` is false on the header row, so the title is plain NAME.
const HEADERS = { Name: 'NAME', Description: 'DESCRIPTION', DockerEndpoint: 'DOCKER ENDPOINT', Error: 'ERROR' };
const VALID_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.+-]+$/;

function endpoint(ctx: CommandContext): string {
  return ctx.env.DOCKER_HOST || 'unix:///var/run/docker.sock';
}

function notFound(name: string): CliError {
  const meta = `${DEFAULT_CONFIG_DIR}/contexts/meta/${sha256Hex(name)}/meta.json`;
  return new CliError(`context "${name}": context not found: open ${meta}: no such file or directory`, 1);
}

function overrideWarning(ctx: CommandContext, target: string): void {
  if (!ctx.env.DOCKER_HOST) return;
  ctx.stderr.write(
    `Warning: DOCKER_HOST environment variable overrides the active context. To use ${target}, either set the global --context flag, or unset DOCKER_HOST environment variable.\n`,
  );
}

/** The *formatter.clientContextContext of the default context. */
function defaultRow(ctx: CommandContext): unknown {
  const fields = { Current: (ctx.client?.context ?? DEFAULT) === DEFAULT, Description: 'Current DOCKER_HOST based configuration', DockerEndpoint: endpoint(ctx), Error: '', Name: DEFAULT };
  const methods = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, () => v]));
  return goStruct('*formatter.clientContextContext', { Header: null }, { methods, json: () => goJsonMarshal(fields) });
}

export function runLs(ctx: CommandContext, _args: string[], flags: ParsedFlags): void {
  const format = flagBool(flags, 'quiet') ? '{{.Name}}' : flagString(flags, 'format') || 'table';
  const out = renderFormatted(format === 'table' ? TABLE : format, [defaultRow(ctx)], HEADERS);
  if (!out.ok) throw new CliError(out.error, 1);
  ctx.stdout.write(out.output);
  if (ctx.env.DOCKER_HOST) overrideWarning(ctx, 'a context');
}

export function runUse(ctx: CommandContext, args: string[], _flags: ParsedFlags): void {
  const name = args[0];
  if (name !== DEFAULT) {
    if (name === '') throw new CliError('context name cannot be empty', 1);
    if (!VALID_NAME.test(name)) {
      throw new CliError(`context name "${name}" is invalid, names are validated against regexp "^[a-zA-Z0-9][a-zA-Z0-9_.+-]+$"`, 1);
    }
    throw notFound(name);
  }
  ctx.stdout.write(`${name}\n`);
  ctx.stderr.write(`Current context is now "${name}"\n`);
}

export function runRm(ctx: CommandContext, args: string[], flags: ParsedFlags): void {
  const errors: string[] = [];
  for (const name of args) {
    if (name === DEFAULT) errors.push('context "default" cannot be removed');
    else if (!flagBool(flags, 'force')) errors.push(`context "${name}" does not exist`);
    else ctx.stdout.write(`${name}\n`);
  }
  if (errors.length) throw new CliError(errors.join('\n'), 1);
}

function inspectDefault(ctx: CommandContext): Inspected {
  const raw = {
    Name: DEFAULT,
    Metadata: {},
    Endpoints: { docker: { Host: endpoint(ctx), SkipTLSVerify: false } },
    TLSMaterial: {},
    Storage: { MetadataPath: '<IN MEMORY>', TLSPath: '<IN MEMORY>' },
  };
  const typed = goStruct(
    'command.contextWithTLSListing',
    {
      Name: DEFAULT,
      Metadata: goStruct('command.DockerContext', { Description: '', AdditionalFields: null }),
      Endpoints: goMap({ docker: goStruct('docker.EndpointMeta', { ...raw.Endpoints.docker }) }, 'map[string]interface {}'),
      TLSMaterial: goMap({}, 'map[string]store.EndpointFiles'),
      Storage: goStruct('store.StorageInfo', { ...raw.Storage }),
    },
    { json: () => JSON.stringify(raw) },
  );
  // The client marshals it itself (json.Marshal escapes "<" and ">").
  const json = JSON.stringify(raw).replace(/[<>&]/g, (ch) => `\\u00${ch.charCodeAt(0).toString(16)}`);
  return { raw, typed, json };
}

export function runInspectContexts(ctx: CommandContext, args: string[], flags: ParsedFlags): void {
  const refs = args.length ? args : [ctx.client?.context ?? DEFAULT];
  runInspect(ctx, refs, flagString(flags, 'format'), (ref) => {
    if (ref !== DEFAULT) throw notFound(ref);
    return inspectDefault(ctx);
  });
}
