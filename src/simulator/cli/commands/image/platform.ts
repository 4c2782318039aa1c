// `--platform` values checked as containerd/platforms.Parse checks them (the CLI parses before it
// calls the daemon). The simulated Hub holds linux/amd64 images only; any valid platform is
// accepted and the amd64 image is used.

const KNOWN_OS = ['aix', 'android', 'darwin', 'dragonfly', 'freebsd', 'hurd', 'illumos', 'ios', 'js', 'linux', 'nacl', 'netbsd', 'openbsd', 'plan9', 'solaris', 'windows', 'zos', 'macos'];
const KNOWN_ARCH = ['386', 'amd64', 'amd64p32', 'arm', 'armbe', 'arm64', 'arm64be', 'ppc64', 'ppc64le', 'loong64', 'mips', 'mipsle', 'mips64', 'mips64le', 'mips64p32', 'mips64p32le', 'ppc', 'riscv', 'riscv64', 's390', 's390x', 'sparc', 'sparc64', 'wasm', 'i386', 'x86_64', 'x86-64', 'aarch64', 'armhf', 'armel'];
const OS_RE = /^([A-Za-z0-9_-]+)(?:\(([A-Za-z0-9_.-]*)((?:\+[A-Za-z0-9_.-]+)*)\))?$/;
const SPECIFIER_RE = /^[A-Za-z0-9_.-]+$/;

/** The error text of platforms.Parse for `value`, or undefined when it parses. */
export function platformError(value: string): string | undefined {
  if (value.includes('*')) return `"${value}": wildcards not yet supported: invalid argument`;
  const parts = value.split('/');
  if (parts.length > 3) return `"${value}": cannot parse platform specifier: invalid argument`;
  if (!OS_RE.test(parts[0])) {
    return `"${parts[0]}" is an invalid OS component of "${value}": OSAndVersion specifier component must match "${OS_RE.source}": invalid argument`;
  }
  for (const part of parts.slice(1)) {
    if (!SPECIFIER_RE.test(part)) {
      return `"${part}" is an invalid component of "${value}": platform specifier component must match "${SPECIFIER_RE.source}": invalid argument`;
    }
  }
  if (parts.length === 1) {
    const word = parts[0].toLowerCase();
    if (!KNOWN_OS.includes(word) && !KNOWN_ARCH.includes(word)) return `"${value}": unknown operating system or architecture: invalid argument`;
  }
  return undefined;
}
