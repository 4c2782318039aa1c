// llb.EnvList as plain data: ordered KEY=value pairs where setting a key moves it to the end
// (BuildKit orders keys by their latest assignment). The build state's environment (image ENV,
// ARG values, ENV values) and the global ARG scope are both kept this way.
import type { EnvGetter } from './shell-lex.ts';

export type EnvList = readonly (readonly [string, string])[];

export function envGet(env: EnvList, key: string): string | undefined {
  for (let i = env.length - 1; i >= 0; i--) if (env[i][0] === key) return env[i][1];
  return undefined;
}

/** AddOrReplace. */
export function envSet(env: EnvList, key: string, value: string): EnvList {
  return [...env.filter(([k]) => k !== key), [key, value]];
}

/** From `KEY=value` strings (an image config's Env). */
export function envFromStrings(list: readonly string[]): EnvList {
  let env: EnvList = [];
  for (const kv of list) {
    const i = kv.indexOf('=');
    env = envSet(env, i < 0 ? kv : kv.slice(0, i), i < 0 ? '' : kv.slice(i + 1));
  }
  return env;
}

export function envToStrings(env: EnvList): string[] {
  return env.map(([k, v]) => `${k}=${v}`);
}

/** The lexer's view of an EnvList. */
export function envGetter(env: EnvList): EnvGetter {
  return { get: (k) => envGet(env, k), keys: () => env.map(([k]) => k) };
}
