// Prompts as the shells draw them by default: bash with debian/ubuntu's /etc/bash.bashrc PS1
// '\u@\h:\w\$ ' (learner@dockyard:~$, root@<12 hex>:/#), dash '# '/'$ ', busybox ash '\w \$ '
// (alpine's `/ # `), and PS2 '> ' while a command is unfinished.
import type { Flavour } from './context.ts';

export interface PromptInfo {
  flavour: Flavour;
  user: string;
  uid: number;
  hostname: string;
  cwd: string;
  home: string | undefined;
}

/** bash's \w: the working directory with $HOME shown as ~. */
export function tildePath(cwd: string, home: string | undefined): string {
  if (!home || home === '/') return cwd;
  if (cwd === home) return '~';
  return cwd.startsWith(`${home}/`) ? `~${cwd.slice(home.length)}` : cwd;
}

export function prompt(p: PromptInfo): string {
  const sign = p.uid === 0 ? '#' : '$';
  if (p.flavour === 'dash') return `${sign} `;
  if (p.flavour === 'busybox') return `${tildePath(p.cwd, p.home)} ${sign} `;
  return `${p.user}@${p.hostname.split('.')[0]}:${tildePath(p.cwd, p.home)}${sign} `;
}

export const PS2 = '> ';
