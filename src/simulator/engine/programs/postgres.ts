// The postgres image's entrypoint around its data directory: PGDATA with a PG_VERSION file is
// an existing database (no password needed, initialisation skipped); otherwise initdb writes a
// new one into the container's filesystem or the volume mounted there (pgdata.ts).
import { containerFs } from '../containers/container-fs.ts';
import { initPgData, pgDataDir, pgInitialised, skipInitLines } from './pgdata.ts';
import type { ProgramContext } from './types.ts';

export interface PostgresData {
  existing: boolean;
  /** The start-up lines over an existing database. */
  lines: string[];
  /** Write a new data directory (no-op when one exists). */
  init(): void;
}

export function postgresData(ctx: ProgramContext): PostgresData {
  const fs = containerFs(ctx.engine, ctx.container, { now: () => ctx.now });
  const dir = pgDataDir(ctx.env);
  const existing = pgInitialised(fs, dir);
  const major = ctx.env.PG_MAJOR || (ctx.env.PG_VERSION ?? '18').split('.')[0];
  return {
    existing,
    lines: skipInitLines(ctx.catalogImage?.startup.logLines ?? []),
    init: () => {
      try {
        if (!existing) initPgData(fs, ctx.env, major);
      } catch {
        // a read-only PGDATA: the model still starts (the real initdb would fail on it)
      }
    },
  };
}
