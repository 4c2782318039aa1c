// The --format context of one `docker stats` row (docker/cli container/formatter_stats.go):
// .Container .Name .ID .CPUPerc .MemUsage .MemPerc .NetIO .BlockIO .PIDs, the Linux default
// table and its headers. Memory in binary units (BytesSize), I/O in decimal (3 digits).
import type { StatsSample } from '../../engine/containers/stats.ts';
import { formatFloat } from '../../util/format/go-fmt.ts';
import { goJsonMarshal } from '../../util/format/go-json.ts';
import { goStruct } from '../../util/format/go-value.ts';
import { bytesSize, humanSizeWithPrecision } from '../../util/format/units.ts';
import { truncateId } from './display.ts';

export const DEFAULT_STATS_TABLE = 'table {{.ID}}\t{{.Name}}\t{{.CPUPerc}}\t{{.MemUsage}}\t{{.MemPerc}}\t{{.NetIO}}\t{{.BlockIO}}\t{{.PIDs}}';

export const STATS_HEADERS: Record<string, string> = {
  Container: 'CONTAINER',
  Name: 'NAME',
  ID: 'CONTAINER ID',
  CPUPerc: 'CPU %',
  MemUsage: 'MEM USAGE / LIMIT',
  MemPerc: 'MEM %',
  NetIO: 'NET I/O',
  BlockIO: 'BLOCK I/O',
  PIDs: 'PIDS',
};

/** NewStatsFormat: "table" is the default Linux table; anything else is used as given. */
export function statsFormat(source: string): string {
  return source === 'table' ? DEFAULT_STATS_TABLE : source;
}

function percent(v: number): string {
  return `${formatFloat(v, 'f', 2)}%`;
}

/** One row: `container` is the argument the user gave (or the full ID when listing all). */
export function statsContext(container: string, s: StatsSample, trunc: boolean): unknown {
  const m: Record<string, () => string> = {
    Container: () => container,
    Name: () => s.name.replace(/^\//, '') || '--',
    ID: () => (trunc ? truncateId(s.id) : s.id),
    CPUPerc: () => percent(s.cpuPercent),
    MemUsage: () => `${bytesSize(s.memory)} / ${bytesSize(s.memoryLimit)}`,
    MemPerc: () => percent(s.memoryPercent),
    NetIO: () => `${humanSizeWithPrecision(s.netRx, 3)} / ${humanSizeWithPrecision(s.netTx, 3)}`,
    BlockIO: () => `${humanSizeWithPrecision(s.blockRead, 3)} / ${humanSizeWithPrecision(s.blockWrite, 3)}`,
    PIDs: () => String(s.pids),
  };
  const json = () => goJsonMarshal(Object.fromEntries(Object.keys(m).sort().map((k) => [k, m[k]()])));
  return goStruct('*container.statsContext', { Header: null }, { methods: m, json });
}
