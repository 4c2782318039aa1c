// Usage texts npm prints with its EUSAGE errors (npm's BaseCommand.describeUsage, npm 10/11).
export const CI_USAGE = `Clean install a project

Usage:
npm ci

Options:
[--install-strategy <hoisted|nested|shallow|linked>] [--legacy-bundling]
[--global-style] [--omit <dev|optional|peer> [--omit <dev|optional|peer> ...]]
[--include <prod|dev|optional|peer> [--include <prod|dev|optional|peer> ...]]
[--strict-peer-deps] [--foreground-scripts] [--ignore-scripts] [--no-audit]
[--no-bin-links] [--no-fund] [--dry-run]
[-w|--workspace <workspace-name> [-w|--workspace <workspace-name> ...]]
[-ws|--workspaces] [--include-workspace-root] [--install-links]

aliases: clean-install, ic, install-clean, isntall-clean

Run "npm help ci" for more info`;
