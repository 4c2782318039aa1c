// The container options `docker run` and `docker create` share: docker/cli's addFlags
// (cli/command/container/opts.go), every flag with its usage text, pflag type label and
// non-zero default as `--help` prints them. Deprecated and hidden flags are accepted but not
// listed; Windows-only ones are hidden by the help of a Linux daemon (and rejected when used).
import type { FlagSpec } from '../../flags.ts';

const S = 'string' as const;
const L = 'list' as const;
const B = 'bool' as const;
const I = 'int' as const;
const D = 'duration' as const;

export const CONTAINER_FLAGS: FlagSpec[] = [
  { name: 'add-host', type: L, usage: 'Add a custom host-to-IP mapping (host:ip)' },
  { name: 'annotation', type: L, typeLabel: 'map', defaultText: 'map[]', usage: 'Add an annotation to the container (passed through to the OCI runtime)' },
  { name: 'attach', short: 'a', type: L, usage: 'Attach to STDIN, STDOUT or STDERR' },
  { name: 'blkio-weight', type: I, typeLabel: 'uint16', usage: 'Block IO (relative weight), between 10 and 1000, or 0 to disable (default 0)' },
  { name: 'blkio-weight-device', type: L, defaultText: '[]', usage: 'Block IO weight (relative device weight)' },
  { name: 'cap-add', type: L, usage: 'Add Linux capabilities' },
  { name: 'cap-drop', type: L, usage: 'Drop Linux capabilities' },
  { name: 'cgroup-parent', type: S, usage: 'Optional parent cgroup for the container' },
  {
    name: 'cgroupns',
    type: S,
    usage:
      "Cgroup namespace to use (host|private)\n'host':    Run the container in the Docker host's cgroup namespace\n'private': Run the container in its own private cgroup namespace\n'':        Use the cgroup namespace as configured by the\n           default-cgroupns-mode option on the daemon (default)",
  },
  { name: 'cidfile', type: S, usage: 'Write the container ID to the file' },
  { name: 'cpu-count', type: I, usage: 'CPU count (Windows only)', hidden: true },
  { name: 'cpu-percent', type: I, usage: 'CPU percent (Windows only)', hidden: true },
  { name: 'cpu-period', type: I, usage: 'Limit CPU CFS (Completely Fair Scheduler) period' },
  { name: 'cpu-quota', type: I, usage: 'Limit CPU CFS (Completely Fair Scheduler) quota' },
  { name: 'cpu-rt-period', type: I, usage: 'Limit CPU real-time period in microseconds' },
  { name: 'cpu-rt-runtime', type: I, usage: 'Limit CPU real-time runtime in microseconds' },
  { name: 'cpu-shares', short: 'c', type: I, usage: 'CPU shares (relative weight)' },
  { name: 'cpus', type: S, typeLabel: 'decimal', usage: 'Number of CPUs' },
  { name: 'cpuset-cpus', type: S, usage: 'CPUs in which to allow execution (0-3, 0,1)' },
  { name: 'cpuset-mems', type: S, usage: 'MEMs in which to allow execution (0-3, 0,1)' },
  { name: 'device', type: L, usage: 'Add a host device to the container' },
  { name: 'device-cgroup-rule', type: L, usage: 'Add a rule to the cgroup allowed devices list' },
  { name: 'device-read-bps', type: L, defaultText: '[]', usage: 'Limit read rate (bytes per second) from a device' },
  { name: 'device-read-iops', type: L, defaultText: '[]', usage: 'Limit read rate (IO per second) from a device' },
  { name: 'device-write-bps', type: L, defaultText: '[]', usage: 'Limit write rate (bytes per second) to a device' },
  { name: 'device-write-iops', type: L, defaultText: '[]', usage: 'Limit write rate (IO per second) to a device' },
  { name: 'dns', type: L, usage: 'Set custom DNS servers' },
  { name: 'dns-opt', type: L, usage: 'Set DNS options', hidden: true },
  { name: 'dns-option', type: L, usage: 'Set DNS options' },
  { name: 'dns-search', type: L, usage: 'Set custom DNS search domains' },
  { name: 'domainname', type: S, usage: 'Container NIS domain name' },
  { name: 'entrypoint', type: S, usage: 'Overwrite the default ENTRYPOINT of the image' },
  { name: 'env', short: 'e', type: L, usage: 'Set environment variables' },
  { name: 'env-file', type: L, usage: 'Read in a file of environment variables' },
  { name: 'expose', type: L, usage: 'Expose a port or a range of ports' },
  { name: 'gpus', type: L, typeLabel: 'gpu-request', usage: "GPU devices to add to the container ('all' to pass all GPUs)" },
  { name: 'group-add', type: L, usage: 'Add additional groups to join' },
  { name: 'health-cmd', type: S, usage: 'Command to run to check health' },
  { name: 'health-interval', type: D, usage: 'Time between running the check (ms|s|m|h) (default 0s)' },
  { name: 'health-retries', type: I, usage: 'Consecutive failures needed to report unhealthy' },
  { name: 'health-start-interval', type: D, usage: 'Time between running the check during the start period (ms|s|m|h) (default 0s)' },
  {
    name: 'health-start-period',
    type: D,
    usage: 'Start period for the container to initialize before starting health-retries countdown (ms|s|m|h) (default 0s)',
  },
  { name: 'health-timeout', type: D, usage: 'Maximum time to allow one check to run (ms|s|m|h) (default 0s)' },
  { name: 'hostname', short: 'h', type: S, usage: 'Container host name' },
  { name: 'init', type: B, usage: 'Run an init inside the container that forwards signals and reaps processes' },
  { name: 'interactive', short: 'i', type: B, usage: 'Keep STDIN open even if not attached' },
  { name: 'io-maxbandwidth', type: S, typeLabel: 'bytes', usage: 'Maximum IO bandwidth limit for the system drive (Windows only)', hidden: true },
  { name: 'io-maxiops', type: I, typeLabel: 'uint', usage: 'Maximum IOps limit for the system drive (Windows only)', hidden: true },
  { name: 'ip', type: S, typeLabel: 'ip', usage: 'IPv4 address (e.g., 172.30.100.104)' },
  { name: 'ip6', type: S, typeLabel: 'ip', usage: 'IPv6 address (e.g., 2001:db8::33)' },
  { name: 'ipc', type: S, usage: 'IPC mode to use' },
  { name: 'isolation', type: S, usage: 'Container isolation technology' },
  { name: 'kernel-memory', type: S, typeLabel: 'bytes', usage: 'Kernel memory limit (deprecated)', hidden: true, deprecated: 'and no longer supported by the kernel' },
  { name: 'label', short: 'l', type: L, usage: 'Set meta data on a container' },
  { name: 'label-file', type: L, usage: 'Read in a line delimited file of labels' },
  { name: 'link', type: L, usage: 'Add link to another container' },
  { name: 'link-local-ip', type: L, usage: 'Container IPv4/IPv6 link-local addresses' },
  { name: 'log-driver', type: S, usage: 'Logging driver for the container' },
  { name: 'log-opt', type: L, usage: 'Log driver options' },
  { name: 'mac-address', type: S, usage: 'Container MAC address (e.g., 92:d0:c6:0a:29:33)' },
  { name: 'memory', short: 'm', type: S, typeLabel: 'bytes', usage: 'Memory limit' },
  { name: 'memory-reservation', type: S, typeLabel: 'bytes', usage: 'Memory soft limit' },
  { name: 'memory-swap', type: S, typeLabel: 'bytes', usage: "Swap limit equal to memory plus swap: '-1' to enable unlimited swap" },
  { name: 'memory-swappiness', type: I, defaultText: '-1', usage: 'Tune container memory swappiness (0 to 100)' },
  { name: 'mount', type: L, typeLabel: 'mount', usage: 'Attach a filesystem mount to the container' },
  { name: 'net', type: L, typeLabel: 'network', usage: 'Connect a container to a network', hidden: true },
  { name: 'net-alias', type: L, usage: 'Add network-scoped alias for the container', hidden: true },
  { name: 'network', type: L, typeLabel: 'network', usage: 'Connect a container to a network' },
  { name: 'network-alias', type: L, usage: 'Add network-scoped alias for the container' },
  { name: 'no-healthcheck', type: B, usage: 'Disable any container-specified HEALTHCHECK' },
  { name: 'oom-kill-disable', type: B, usage: 'Disable OOM Killer' },
  { name: 'oom-score-adj', type: I, usage: "Tune host's OOM preferences (-1000 to 1000)" },
  { name: 'pid', type: S, usage: 'PID namespace to use' },
  { name: 'pids-limit', type: I, usage: 'Tune container pids limit (set -1 for unlimited)' },
  { name: 'privileged', type: B, usage: 'Give extended privileges to this container' },
  { name: 'publish', short: 'p', type: L, usage: "Publish a container's port(s) to the host" },
  { name: 'publish-all', short: 'P', type: B, usage: 'Publish all exposed ports to random ports' },
  { name: 'read-only', type: B, usage: "Mount the container's root filesystem as read only" },
  { name: 'restart', type: S, defaultText: '"no"', usage: 'Restart policy to apply when a container exits' },
  { name: 'rm', type: B, usage: 'Automatically remove the container and its associated anonymous volumes when it exits' },
  { name: 'runtime', type: S, usage: 'Runtime to use for this container' },
  { name: 'security-opt', type: L, usage: 'Security Options' },
  { name: 'shm-size', type: S, typeLabel: 'bytes', usage: 'Size of /dev/shm' },
  { name: 'stop-signal', type: S, usage: 'Signal to stop the container' },
  { name: 'stop-timeout', type: I, usage: 'Timeout (in seconds) to stop a container' },
  { name: 'storage-opt', type: L, usage: 'Storage driver options for the container' },
  { name: 'sysctl', type: L, typeLabel: 'map', defaultText: 'map[]', usage: 'Sysctl options' },
  { name: 'tmpfs', type: L, usage: 'Mount a tmpfs directory' },
  { name: 'tty', short: 't', type: B, usage: 'Allocate a pseudo-TTY' },
  { name: 'ulimit', type: L, typeLabel: 'ulimit', defaultText: '[]', usage: 'Ulimit options' },
  { name: 'user', short: 'u', type: S, usage: 'Username or UID (format: <name|uid>[:<group|gid>])' },
  { name: 'userns', type: S, usage: 'User namespace to use' },
  { name: 'uts', type: S, usage: 'UTS namespace to use' },
  { name: 'volume', short: 'v', type: L, usage: 'Bind mount a volume' },
  { name: 'volume-driver', type: S, usage: 'Optional volume driver for the container' },
  { name: 'volumes-from', type: L, usage: 'Mount volumes from the specified container(s)' },
  { name: 'workdir', short: 'w', type: S, usage: 'Working directory inside the container' },
];

/** Flags only a Windows daemon supports: hidden in help, refused when used on Linux. */
export const WINDOWS_ONLY_FLAGS = ['cpu-count', 'cpu-percent', 'io-maxbandwidth', 'io-maxiops'];

/** The flags run and create add to the shared ones (create.go / run.go). */
export function imageCreateFlags(verb: 'run' | 'create'): FlagSpec[] {
  return [
    { name: 'disable-content-trust', type: B, usage: 'Skip image verification (deprecated)', hidden: true, deprecated: 'support for docker content trust was removed' },
    { name: 'help', type: B, usage: 'Print usage' },
    { name: 'name', type: S, usage: 'Assign a name to the container' },
    { name: 'platform', type: S, usage: 'Set platform if server is multi-platform capable' },
    { name: 'pull', type: S, defaultText: '"missing"', usage: `Pull image before ${verb === 'run' ? 'running' : 'creating'} ("always", "missing", "never")` },
    { name: 'quiet', short: 'q', type: B, usage: 'Suppress the pull output' },
    { name: 'use-api-socket', type: B, usage: 'Bind mount Docker API socket and required auth' },
  ];
}

/** pflag lists flags sorted by name in byte order. */
export function sortFlags(flags: FlagSpec[]): FlagSpec[] {
  return [...flags].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
