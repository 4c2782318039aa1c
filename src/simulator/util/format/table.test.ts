import { describe, expect, it } from 'vitest';
import { headerContext, headerLabel, isJsonFormat, isTableFormat, renderFormatted, templateString } from './table.ts';
import { goStruct } from './go-value.ts';

// Rows shaped like docker/cli's ContainerContext in its own TestContainerContextWrite, whose
// expected outputs are reproduced here (cli/command/formatter/container_test.go).
const HEADERS = {
  ID: 'CONTAINER ID',
  Names: 'NAMES',
  Image: 'IMAGE',
  Command: 'COMMAND',
  CreatedAt: 'CREATED AT',
  RunningFor: 'CREATED',
  Ports: 'PORTS',
  State: 'STATE',
  Status: 'STATUS',
  Size: 'SIZE',
  Labels: 'LABELS',
};
const row = (id: string, name: string) =>
  goStruct('*formatter.ContainerContext', {
    ID: id,
    Names: name,
    Image: 'ubuntu',
    Command: '""',
    CreatedAt: '2024-01-01 00:00:00 +0000 UTC',
    RunningFor: '24 hours ago',
    Ports: '',
    State: 'running',
    Status: '',
    Size: '0B',
    Labels: '',
  });
const rows = [row('containerID1', 'foobar_baz'), row('containerID2', 'foobar_bar')];
const DEFAULT = 'table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.RunningFor}}\t{{.Status}}\t{{.Ports}}\t{{.Names}}';

describe('renderFormatted (formatter.Context.Write)', () => {
  it('renders the default ps table with its header', () => {
    expect(renderFormatted(`${DEFAULT}\\t{{.Size}}`, rows, HEADERS)).toEqual({
      ok: true,
      output:
        'CONTAINER ID   IMAGE     COMMAND   CREATED        STATUS    PORTS     NAMES        SIZE\n' +
        'containerID1   ubuntu    ""        24 hours ago                       foobar_baz   0B\n' +
        'containerID2   ubuntu    ""        24 hours ago                       foobar_bar   0B\n',
    });
    expect(renderFormatted(DEFAULT, rows, HEADERS)).toEqual({
      ok: true,
      output:
        'CONTAINER ID   IMAGE     COMMAND   CREATED        STATUS    PORTS     NAMES\n' +
        'containerID1   ubuntu    ""        24 hours ago                       foobar_baz\n' +
        'containerID2   ubuntu    ""        24 hours ago                       foobar_bar\n',
    });
  });
  it('renders single-column tables and header titles', () => {
    expect(renderFormatted('table {{.Image}}', rows, HEADERS)).toEqual({ ok: true, output: 'IMAGE\nubuntu\nubuntu\n' });
    expect(renderFormatted('table {{.State}}', rows, HEADERS)).toEqual({ ok: true, output: 'STATE\nrunning\nrunning\n' });
    expect(renderFormatted('table {{split .Image ":"}}', rows, HEADERS)).toEqual({ ok: true, output: 'IMAGE\n[ubuntu]\n[ubuntu]\n' });
  });
  it('applies header functions to the header row (special headers golden)', () => {
    const format = 'table {{truncate .ID 5}}\t{{json .Image}} {{.RunningFor}}/{{title .Status}}/{{pad .Ports 2 2}}.{{upper .Names}} {{lower .Status}}';
    expect(renderFormatted(format, rows, HEADERS)).toEqual({
      ok: true,
      output:
        'CONTAINER ID   IMAGE CREATED/STATUS/  PORTS  .NAMES STATUS\n' +
        'conta          "ubuntu" 24 hours ago//.FOOBAR_BAZ \n' +
        'conta          "ubuntu" 24 hours ago//.FOOBAR_BAR \n',
    });
  });
  it('prints custom (non-table) formats row by row with no header', () => {
    expect(renderFormatted('{{.Image}}', rows, HEADERS)).toEqual({ ok: true, output: 'ubuntu\nubuntu\n' });
    const raw = 'container_id: {{.ID}}\nimage: {{.Image}}\nstate: {{- pad .State 1 0}}\nstatus: {{- pad .Status 1 0}}\nnames: {{.Names}}\n';
    expect(renderFormatted(raw, rows.slice(0, 1), HEADERS)).toEqual({
      ok: true,
      output: 'container_id: containerID1\nimage: ubuntu\nstate: running\nstatus:\nnames: foobar_baz\n\n',
    });
  });
  it('turns the two characters \\t and \\n into a tab and a newline', () => {
    expect(renderFormatted('{{.ID}}\\t{{.Names}}\\n', rows, HEADERS)).toEqual({ ok: true, output: 'containerID1\tfoobar_baz\n\ncontainerID2\tfoobar_bar\n\n' });
  });
  it('reports errors as "template parsing error: ..." and prints nothing', () => {
    expect(renderFormatted('{{InvalidFunction}}', rows, HEADERS)).toEqual({
      ok: false,
      error: 'template parsing error: template: :1: function "InvalidFunction" not defined',
    });
    expect(renderFormatted('{{nil}}', rows, HEADERS)).toEqual({
      ok: false,
      error: 'template parsing error: template: :1:2: executing "" at <nil>: nil is not a command',
    });
    expect(renderFormatted('table {{.ID}}\t{{.Nope}}', rows, HEADERS)).toEqual({
      ok: false,
      error: 'template parsing error: template: :1:10: executing "" at <.Nope>: can\'t evaluate field Nope in type *formatter.ContainerContext',
    });
  });
  it('prints only the header for a table with no rows, nothing otherwise', () => {
    expect(renderFormatted(DEFAULT, [], HEADERS)).toEqual({ ok: true, output: 'CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES\n' });
    expect(renderFormatted('{{.ID}}', [], HEADERS)).toEqual({ ok: true, output: '' });
  });
  it('"json" is {{json .}}; a failing header keeps what it wrote (an empty first line)', () => {
    const plain = [{ ID: 'a', Names: 'x' }];
    expect(renderFormatted('json', plain, HEADERS)).toEqual({ ok: true, output: '{"ID":"a","Names":"x"}\n' });
    expect(renderFormatted('table {{json .}}', plain, HEADERS)).toEqual({ ok: true, output: '\n{"ID":"a","Names":"x"}\n' });
  });
  it('gives the header context a Label method', () => {
    expect(renderFormatted('table {{.Label "com.docker.compose.project"}}', [{ Label: (_name: string) => 'demo' }], HEADERS)).toEqual({
      ok: true,
      output: 'project\ndemo\n',
    });
  });
});

describe('format helpers', () => {
  it('isTableFormat / isJsonFormat', () => {
    expect([isTableFormat('table'), isTableFormat('table {{.ID}}'), isTableFormat('tablefoo'), isTableFormat('{{.ID}}')]).toEqual([true, true, true, false]);
    expect([isJsonFormat('json'), isJsonFormat('{{json .}}')]).toEqual([true, false]);
  });
  it('templateString', () => {
    expect(templateString('table')).toBe('');
    expect(templateString('json')).toBe('{{json .}}');
    expect(templateString('table {{.ID}}\\t{{.Names}}  ')).toBe('{{.ID}}\t{{.Names}}');
    expect(templateString('  {{.ID}}\\n')).toBe('{{.ID}}\n');
    expect(templateString('a\\\\tb')).toBe('a\\\tb');
  });
  it('headerLabel (SubHeaderContext.Label)', () => {
    expect(headerLabel('com.docker.compose.project-name')).toBe('project name');
    expect(headerLabel('my_label')).toBe('my label');
  });
  it('headerContext prints as a map', () => {
    expect(renderFormatted('{{.}}', [headerContext({ B: 'b', A: 'a' })], {})).toEqual({ ok: true, output: 'map[A:a B:b]\n' });
  });
});
