// docker push's client side (cli/command/image/push.go): --platform checked and noted, the
// reference normalised ("Using default tag: latest"), the credentials for its registry read
// from the config file, the daemon's progress shown as jsonmessage does, then -q's reference
// and the notes the daemon sent (a multi-platform image pushed as its one manifest).
import { loadRegistries } from '../../../engine/registries.ts';
import { parseRef } from '../../../engine/refs.ts';
import { CliError } from '../../../errors/cli-error.ts';
import { fullString, parseReference, type ParsedReference } from '../../../util/reference.ts';
import type { CommandContext } from '../../command.ts';
import { ProgressRenderer } from '../../progress.ts';
import { authKey, loadConfigFile } from '../registry/config-file.ts';
import { printNote } from '../registry/tui.ts';
import { platformError } from './platform.ts';

export interface PushOptions {
  all: boolean;
  quiet: boolean;
  platform: string;
}

const PLATFORM_NOTE =
  'Using --platform pushes only the specified platform manifest of a multi-platform image index.\nOther components, like attestations, will not be included.\nTo push the complete multi-platform image, remove the --platform flag.\n';

const ARCH: Record<string, string> = { x86_64: 'amd64', 'x86-64': 'amd64', aarch64: 'arm64', armhf: 'arm', armel: 'arm', i386: '386' };

/** platforms.Parse then FormatAll, for the linux platforms the simulator knows. */
function normalizePlatform(value: string): string {
  const parts = value.toLowerCase().split('/');
  if (parts.length === 1) return parts[0] === 'linux' ? 'linux/amd64' : `linux/${ARCH[parts[0]] ?? parts[0]}`;
  return [parts[0], ARCH[parts[1]] ?? parts[1], ...parts.slice(2)].join('/');
}

function reference(remote: string, o: PushOptions, ctx: CommandContext): ParsedReference {
  let ref: ParsedReference;
  try {
    ref = parseReference(remote);
  } catch (e) {
    throw new CliError((e as Error).message, 1);
  }
  const nameOnly = ref.tag === undefined && ref.digest === undefined;
  if (o.all && !nameOnly) throw new CliError("tag can't be used with --all-tags/-a", 1);
  if (!o.all && nameOnly) {
    ref = { ...ref, tag: 'latest' };
    if (!o.quiet) ctx.stdout.write('Using default tag: latest\n');
  }
  return ref;
}

export async function runPush(ctx: CommandContext, remote: string, o: PushOptions): Promise<void> {
  if (o.platform) {
    const bad = platformError(o.platform);
    if (bad) {
      ctx.stderr.write(`Invalid platform ${o.platform}`);
      throw new CliError(bad, 1);
    }
    printNote(ctx.stdout, ctx.tty, PLATFORM_NOTE);
  }
  const parsed = reference(remote, o, ctx);
  const ref = parseRef(fullString(parsed));
  if (!ref) throw new CliError('invalid reference format', 1);
  const auth = loadConfigFile(ctx)?.get(authKey(ref.domain));
  const reg = await loadRegistries();
  const renderer = new ProgressRenderer(ctx.stdout, ctx.tty);
  const emit = o.quiet ? () => {} : (e: Parameters<ProgressRenderer['write']>[0]) => renderer.write(e);
  const platform = o.platform ? normalizePlatform(o.platform) : undefined;
  const outcome = reg.pushImage(ctx.engine, { ref, all: o.all, auth, platform }, emit);
  if (!outcome.ok) throw new CliError(outcome.message, 1);
  if (o.quiet) ctx.stdout.write(`${fullString(parsed)}\n`);
  for (const note of outcome.notes) printNote(ctx.stdout, ctx.tty, note);
}
