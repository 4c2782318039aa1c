// The versions the simulated client reports: docker/cli v29.7.2 (its tag and commit) from the
// docker-ce-cli package, with the buildx and compose plugins installed. The daemon's own
// versions live in engine/daemon-version.ts; they are re-exported here for the CLI's use.
export {
  API_VERSION,
  ENGINE_VERSION,
  GO_VERSION,
  HOST,
  MIN_API_VERSION,
  PLATFORM_NAME,
} from '../engine/daemon-version.ts';

export const CLIENT_VERSION = '29.7.2';
export const CLIENT_COMMIT = 'a7dcaa6';
/** version.BuildTime reformatted by the CLI (time.ANSIC); client and engine come from one build. */
export const BUILD_TIME = 'Wed Aug  5 18:41:07 2026';

export const PLUGINS_DIR = '/usr/libexec/docker/cli-plugins';
export const BUILDX_VERSION = 'v0.33.0';
/** docker-compose-plugin v5.4.0 (2026-08-03), the release current when this CLI was built. */
export const COMPOSE_VERSION = 'v5.4.0';
