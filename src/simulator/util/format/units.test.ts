import { describe, expect, it } from 'vitest';
import {
  bytesSize,
  containerStatusText,
  createdSince,
  formatGoDuration,
  formatLogTimestamp,
  formatRFC3339Nano,
  fromHumanSize,
  getTimestamp,
  humanDuration,
  humanSize,
  humanSizeWithPrecision,
  parseGoDuration,
  parseTimestamps,
  ramInBytes,
  sinceToMs,
  type ContainerStateText,
} from './units.ts';

// Expected strings recorded by running docker/go-units v0.5.0, Go's time package and moby's
// client/internal/timestamp on the same inputs (the reference time for --since is 1700000000 s).
const result = (r: { ok: boolean; value?: unknown; error?: string }): string => (r.ok ? `${String(r.value)} <nil>` : `-1 ${r.error}`);

describe('humanDuration (units.HumanDuration)', () => {
  it.each([
    [-5000, "Less than a second"],
    [0, "Less than a second"],
    [999, "Less than a second"],
    [1000, "1 second"],
    [1999, "1 second"],
    [2000, "2 seconds"],
    [59999, "59 seconds"],
    [60000, "About a minute"],
    [119999, "About a minute"],
    [120000, "2 minutes"],
    [3599999, "59 minutes"],
    [3600000, "About an hour"],
    [5399999, "About an hour"],
    [5400000, "2 hours"],
    [7199999, "2 hours"],
    [172799999, "2 days"],
    [172800000, "2 days"],
    [1209599999, "2 weeks"],
    [1209600000, "2 weeks"],
    [5183999999, "2 months"],
    [5184000000, "2 months"],
    [63071999999, "1 years"],
    [63072000000, "2 years"],
    [3153600000000, "100 years"],
  ] as [number, string][])('%d ms -> %s', (ms, want) => {
    expect(humanDuration(ms)).toBe(want);
  });
  it('createdSince adds " ago"', () => {
    expect(createdSince(1_000_000, 1_000_000 + 2 * 60_000)).toBe('2 minutes ago');
    expect(createdSince(5_000, 5_500)).toBe('Less than a second ago');
  });
});

describe('sizes', () => {
  it.each([
    [0, 3, "0B"],
    [0, 4, "0B"],
    [1, 3, "1B"],
    [1, 4, "1B"],
    [999, 3, "999B"],
    [999, 4, "999B"],
    [1000, 3, "1kB"],
    [1000, 4, "1kB"],
    [1001, 3, "1kB"],
    [1001, 4, "1.001kB"],
    [10100, 3, "10.1kB"],
    [10100, 4, "10.1kB"],
    [99999, 3, "100kB"],
    [99999, 4, "100kB"],
    [999999, 3, "1e+03kB"],
    [999999, 4, "1000kB"],
    [1000000, 3, "1MB"],
    [1000000, 4, "1MB"],
    [1125000, 3, "1.12MB"],
    [1125000, 4, "1.125MB"],
    [1250000, 3, "1.25MB"],
    [1250000, 4, "1.25MB"],
    [187000000, 3, "187MB"],
    [187000000, 4, "187MB"],
    [1200000000, 3, "1.2GB"],
    [1200000000, 4, "1.2GB"],
    [123456789, 3, "123MB"],
    [123456789, 4, "123.5MB"],
    [5000000000000000, 3, "5PB"],
    [5000000000000000, 4, "5PB"],
    [1000000000000000000, 3, "1EB"],
    [1000000000000000000, 4, "1EB"],
    [1000000000000000000000, 3, "1ZB"],
    [1000000000000000000000, 4, "1ZB"],
    [1000000000000000019884624838656, 3, "1e+06YB"],
    [1000000000000000019884624838656, 4, "1e+06YB"],
    [999.5, 3, "1e+03B"],
    [999.5, 4, "999.5B"],
    [12345, 3, "12.3kB"],
    [12345, 4, "12.35kB"],
  ] as [number, number, string][])('HumanSizeWithPrecision(%d, %d) = %s', (n, p, want) => {
    expect(humanSizeWithPrecision(n, p)).toBe(want);
  });
  it.each([
    [0, "0B"],
    [1, "1B"],
    [999, "999B"],
    [1000, "1kB"],
    [1001, "1.001kB"],
    [10100, "10.1kB"],
    [99999, "100kB"],
    [999999, "1000kB"],
    [1000000, "1MB"],
    [1125000, "1.125MB"],
    [1250000, "1.25MB"],
    [187000000, "187MB"],
    [1200000000, "1.2GB"],
    [123456789, "123.5MB"],
    [5000000000000000, "5PB"],
    [1000000000000000000, "1EB"],
    [1000000000000000000000, "1ZB"],
    [1000000000000000019884624838656, "1e+06YB"],
    [999.5, "999.5B"],
    [12345, "12.35kB"],
  ] as [number, string][])('HumanSize(%d) = %s', (n, want) => {
    expect(humanSize(n)).toBe(want);
  });
  it.each([
    [0, "0B"],
    [1, "1B"],
    [999, "999B"],
    [1000, "1000B"],
    [1001, "1001B"],
    [10100, "9.863KiB"],
    [99999, "97.66KiB"],
    [999999, "976.6KiB"],
    [1000000, "976.6KiB"],
    [1125000, "1.073MiB"],
    [1250000, "1.192MiB"],
    [187000000, "178.3MiB"],
    [1200000000, "1.118GiB"],
    [123456789, "117.7MiB"],
    [5000000000000000, "4.441PiB"],
    [1000000000000000000, "888.2PiB"],
    [1000000000000000000000, "867.4EiB"],
    [1000000000000000019884624838656, "8.272e+05YiB"],
    [999.5, "999.5B"],
    [12345, "12.06KiB"],
    [1023, "1023B"],
    [1024, "1KiB"],
    [1536, "1.5KiB"],
    [1048576, "1MiB"],
    [1572864, "1.5MiB"],
    [8348567552, "7.775GiB"],
    [123, "123B"],
  ] as [number, string][])('BytesSize(%d) = %s', (n, want) => {
    expect(bytesSize(n)).toBe(want);
  });
  it.each([
    ["32", "32 <nil>"],
    ["32b", "32 <nil>"],
    ["32B", "32 <nil>"],
    ["32k", "32000 <nil>"],
    ["32K", "32000 <nil>"],
    ["32kb", "32000 <nil>"],
    ["32Kb", "32000 <nil>"],
    ["32Kib", "32000 <nil>"],
    ["32KIB", "32000 <nil>"],
    ["32Mb", "32000000 <nil>"],
    ["32Gb", "32000000000 <nil>"],
    ["32Tb", "32000000000000 <nil>"],
    ["32Pb", "32000000000000000 <nil>"],
    ["32PB", "32000000000000000 <nil>"],
    ["32P", "32000000000000000 <nil>"],
    ["32 mb", "32000000 <nil>"],
    ["32.3Gb", "32299999999 <nil>"],
    ["0.3 K", "300 <nil>"],
    ["-1", "-1 invalid size: '-1'"],
    ["", "-1 invalid size: ''"],
    ["x", "-1 invalid size: 'x'"],
    ["32.3", "32 <nil>"],
    ["1.2.3m", "-1 strconv.ParseFloat: parsing \"1.2.3\": invalid syntax"],
    ["32bm", "-1 invalid suffix: 'bm'"],
    ["32kbb", "-1 invalid suffix: 'kbb'"],
    ["32kib", "32000 <nil>"],
    ["32mmb", "-1 invalid suffix: 'mmb'"],
    ["12 34", "-1 strconv.ParseFloat: parsing \"12 34\": invalid syntax"],
    ["   3", "-1 strconv.ParseFloat: parsing \"   3\": invalid syntax"],
    ["3 ", "3 <nil>"],
    ["1e3k", "1000000 <nil>"],
    ["inf", "-1 invalid size: 'inf'"],
    ["32 Kb", "32000 <nil>"],
  ] as [string, string][])('FromHumanSize(%j) = %s', (s, want) => {
    expect(result(fromHumanSize(s))).toBe(want);
  });
  it.each([
    ["32", "32 <nil>"],
    ["32b", "32 <nil>"],
    ["32B", "32 <nil>"],
    ["32k", "32768 <nil>"],
    ["32K", "32768 <nil>"],
    ["32kb", "32768 <nil>"],
    ["32Kb", "32768 <nil>"],
    ["32Kib", "32768 <nil>"],
    ["32KIB", "32768 <nil>"],
    ["32Mb", "33554432 <nil>"],
    ["32Gb", "34359738368 <nil>"],
    ["32Tb", "35184372088832 <nil>"],
    ["32 mb", "33554432 <nil>"],
    ["32.3Gb", "34681860915 <nil>"],
    ["0.3 K", "307 <nil>"],
    ["-1", "-1 invalid size: '-1'"],
    ["", "-1 invalid size: ''"],
    ["x", "-1 invalid size: 'x'"],
    ["32.3", "32 <nil>"],
    ["1.2.3m", "-1 strconv.ParseFloat: parsing \"1.2.3\": invalid syntax"],
    ["32bm", "-1 invalid suffix: 'bm'"],
    ["32kbb", "-1 invalid suffix: 'kbb'"],
    ["32kib", "32768 <nil>"],
    ["32mmb", "-1 invalid suffix: 'mmb'"],
    ["12 34", "-1 strconv.ParseFloat: parsing \"12 34\": invalid syntax"],
    ["   3", "-1 strconv.ParseFloat: parsing \"   3\": invalid syntax"],
    ["3 ", "3 <nil>"],
    ["1e3k", "1024000 <nil>"],
    ["inf", "-1 invalid size: 'inf'"],
    ["32 Kb", "32768 <nil>"],
  ] as [string, string][])('RAMInBytes(%j) = %s', (s, want) => {
    expect(result(ramInBytes(s))).toBe(want);
  });
});

describe('Go durations', () => {
  it.each([
    ["10s", "10000000000 <nil>"],
    ["1m30s", "90000000000 <nil>"],
    ["500ms", "500000000 <nil>"],
    ["1.5h", "5400000000000 <nil>"],
    ["-1h", "-3600000000000 <nil>"],
    ["+2m", "120000000000 <nil>"],
    ["0", "0 <nil>"],
    ["", "0 time: invalid duration \"\""],
    ["1", "0 time: missing unit in duration \"1\""],
    ["1d", "0 time: unknown unit \"d\" in duration \"1d\""],
    ["1.5", "0 time: missing unit in duration \"1.5\""],
    ["3h2m1.5s", "10921500000000 <nil>"],
    [".5s", "500000000 <nil>"],
    ["1.s", "1000000000 <nil>"],
    ["1µs", "1000 <nil>"],
    ["1us", "1000 <nil>"],
    ["2μs", "2000 <nil>"],
    ["300ns", "300 <nil>"],
    ["1h1", "0 time: missing unit in duration \"1h1\""],
    ["9223372036854775808ns", "0 time: invalid duration \"9223372036854775808ns\""],
    ["10000000000000000000h", "0 time: invalid duration \"10000000000000000000h\""],
    ["1.000000000000000000001s", "1000000000 <nil>"],
    ["1..5s", "0 time: missing unit in duration \"1..5s\""],
    ["5é", "0 time: unknown unit \"\\xc3\\xa9\" in duration \"5\\xc3\\xa9\""],
    ["-0", "0 <nil>"],
    ["0s", "0 <nil>"],
    ["+0", "0 <nil>"],
  ] as [string, string][])('ParseDuration(%j) = %s', (s, want) => {
    const r = parseGoDuration(s);
    expect(r.ok ? `${r.ns} <nil>` : `0 ${r.error}`).toBe(want);
  });
  it('gives milliseconds too', () => {
    expect(parseGoDuration('1m30s')).toEqual({ ok: true, ns: 90e9, ms: 90000 });
    expect(parseGoDuration('500ms')).toEqual({ ok: true, ns: 5e8, ms: 500 });
  });
  it.each([
    [0, "0s"],
    [1, "1ns"],
    [999, "999ns"],
    [1000, "1µs"],
    [1500, "1.5µs"],
    [999999, "999.999µs"],
    [1000000, "1ms"],
    [1500000, "1.5ms"],
    [1000000000, "1s"],
    [1500000000, "1.5s"],
    [60000000000, "1m0s"],
    [90000000000, "1m30s"],
    [3600000000000, "1h0m0s"],
    [3661500000000, "1h1m1.5s"],
    [-1500000000, "-1.5s"],
    [86400000000000, "24h0m0s"],
    [100, "100ns"],
  ] as [number, string][])('Duration(%d).String() = %s', (ns, want) => {
    expect(formatGoDuration(ns)).toBe(want);
  });
});

describe('--since / --until (timestamp.GetTimestamp)', () => {
  it.each([
    ["10m", "1699999400 <nil>"],
    ["1h30m", "1699994600 <nil>"],
    ["0", "0 <nil>"],
    ["-10m", "1700000600 <nil>"],
    ["1700000000", "1700000000 <nil>"],
    ["1700000000.5", "1700000000.5 <nil>"],
    ["1700000000.123456789012", "1700000000.123456789012 <nil>"],
    ["2024-01-02", "1704153600.000000000 <nil>"],
    ["2024-01-02T15", "1704207600.000000000 <nil>"],
    ["2024-01-02T15:04", "1704207840.000000000 <nil>"],
    ["2024-01-02T15:04:05", "1704207845.000000000 <nil>"],
    ["2024-01-02T15:04:05.5", "1704207845.500000000 <nil>"],
    ["2024-01-02T15:04:05Z", "1704207845.000000000 <nil>"],
    ["2024-01-02T15:04:05.123Z", "1704207845.123000000 <nil>"],
    ["2024-01-02T15:04:05+01:00", "1704204245.000000000 <nil>"],
    ["2024-01-02T15:04+01:00", "1704204240.000000000 <nil>"],
    ["2024-01-02T15+01:00", "1704204000.000000000 <nil>"],
    ["2024-01-02T15Z", "1704207600.000000000 <nil>"],
    ["2024-01-02Z", "1704153600.000000000 <nil>"],
    ["2024-01-02+02:00", "1704146400.000000000 <nil>"],
    ["2024-13-02", " parsing time \"2024-13-02\": month out of range"],
    ["2024-02-30", " parsing time \"2024-02-30\": day out of range"],
    ["2024-02-29", "1709164800.000000000 <nil>"],
    ["2023-02-29", " parsing time \"2023-02-29\": day out of range"],
    ["2024-01-02T25:00", " parsing time \"2024-01-02T25:00\": hour out of range"],
    ["2024-01-02T15:60", " parsing time \"2024-01-02T15:60\": minute out of range"],
    ["2024-01-02T15:04:61", " parsing time \"2024-01-02T15:04:61\": second out of range"],
    ["abc", " failed to parse value as time or duration: \"abc\""],
    ["12abc", " failed to parse value as time or duration: \"12abc\""],
    ["2024-1-2", " parsing time \"2024-1-2\" as \"2006-01-02\": cannot parse \"1-2\" as \"01\""],
    ["2024-01-02X", " parsing time \"2024-01-02X\": extra text: \"X\""],
    ["2024-01-02T15:04:05,5", "1704207845.500000000 <nil>"],
    ["2024/01/02", " failed to parse value as time or duration: \"2024/01/02\""],
    ["2024-01-02T1:04", "1704157440.000000000 <nil>"],
    ["2024-01-02T15:04:05+1:00", " parsing time \"2024-01-02T15:04:05+1:00\" as \"2006-01-02T15:04:05Z07:00\": cannot parse \"+1:00\" as \"Z07:00\""],
    ["-5", " parsing time \"-5\" as \"2006-01-02\": cannot parse \"-5\" as \"2006\""],
    ["+5", "+5 <nil>"],
    ["0099-01-01", "-59042995200.000000000 <nil>"],
    ["1.5", "1.5 <nil>"],
    ["2024-01-02T15:04:05.Z", " parsing time \"2024-01-02T15:04:05.Z\" as \"2006-01-02T15:04:05.999999999Z07:00\": cannot parse \".Z\" as \"Z07:00\""],
  ] as [string, string][])('GetTimestamp(%j) = %s', (s, want) => {
    const r = getTimestamp(s, 1_700_000_000_000);
    expect(r.ok ? `${r.value} <nil>` : ` ${r.error}`).toBe(want);
  });
  it('reads a zone-less time in the given local zone', () => {
    expect(getTimestamp('2024-01-02T15:04', 0, 3600)).toEqual({ ok: true, value: '1704204240.000000000' });
  });
  it('parseTimestamps / sinceToMs', () => {
    expect(parseTimestamps('1700000000.5', 0)).toEqual({ ok: true, seconds: 1700000000, nanoseconds: 500000000 });
    expect(parseTimestamps('', 42)).toEqual({ ok: true, seconds: 42, nanoseconds: 0 });
    expect(sinceToMs('10m', 1_700_000_000_000)).toEqual({ ok: true, value: 1_699_999_400_000 });
    expect(sinceToMs('2024-01-02T15:04:05.25Z', 0)).toEqual({ ok: true, value: 1_704_207_845_250 });
    expect(sinceToMs('nope', 0)).toEqual({ ok: false, error: 'failed to parse value as time or duration: "nope"' });
  });
});

describe('time formats', () => {
  it.each([
    [0, 0, "1970-01-01T00:00:00Z 1970-01-01T00:00:00.000000000Z"],
    [1700000000000, 0, "2023-11-14T22:13:20Z 2023-11-14T22:13:20.000000000Z"],
    [1700000000123, 0, "2023-11-14T22:13:20.123Z 2023-11-14T22:13:20.123000000Z"],
    [1700000000100, 0, "2023-11-14T22:13:20.1Z 2023-11-14T22:13:20.100000000Z"],
    [1700000000123, 456789, "2023-11-14T22:13:20.123456789Z 2023-11-14T22:13:20.123456789Z"],
    [1700000000000, 1, "2023-11-14T22:13:20.000000001Z 2023-11-14T22:13:20.000000001Z"],
    [-1, 0, "1969-12-31T23:59:59.999Z 1969-12-31T23:59:59.999000000Z"],
    [253402300799999, 0, "9999-12-31T23:59:59.999Z 9999-12-31T23:59:59.999000000Z"],
  ] as [number, number, string][])('%d ms + %d ns -> %s', (ms, ns, want) => {
    expect(`${formatRFC3339Nano(ms, ns)} ${formatLogTimestamp(ms, ns)}`).toBe(want);
  });
});

describe('containerStatusText (daemon State.String)', () => {
  const now = 1_700_000_000_000;
  const st = (s: Partial<ContainerStateText>): ContainerStateText => ({ status: 'running', startedAt: now - 120_000, finishedAt: 0, exitCode: 0, ...s });
  it.each([
    [st({}), 'Up 2 minutes'],
    [st({ startedAt: now - 500 }), 'Up Less than a second'],
    [st({ status: 'paused' }), 'Up 2 minutes (Paused)'],
    [st({ startedAt: now - 5_000, health: { status: 'healthy' } }), 'Up 5 seconds (healthy)'],
    [st({ startedAt: now - 3_000, health: { status: 'starting' } }), 'Up 3 seconds (health: starting)'],
    [st({ health: { status: 'unhealthy' } }), 'Up 2 minutes (unhealthy)'],
    [st({ status: 'paused', health: { status: 'healthy' } }), 'Up 2 minutes (Paused)'],
    [st({ status: 'restarting', exitCode: 1, finishedAt: now - 3_000 }), 'Restarting (1) 3 seconds ago'],
    [st({ status: 'exited', exitCode: 137, finishedAt: now - 120_000 }), 'Exited (137) 2 minutes ago'],
    [st({ status: 'exited', exitCode: 0, finishedAt: now - 3 * 3_600_000 }), 'Exited (0) 3 hours ago'],
    [st({ status: 'created', startedAt: 0 }), 'Created'],
    [st({ status: 'exited', startedAt: null, exitCode: 127 }), 'Created'],
    [st({ status: 'exited', finishedAt: null }), ''],
    [st({ status: 'dead' }), 'Dead'],
    [st({ status: 'removing' }), 'Removal In Progress'],
  ])('%j -> %s', (state, want) => {
    expect(containerStatusText(state, now)).toBe(want);
  });
});
