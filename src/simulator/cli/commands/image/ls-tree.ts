// The default `docker images` view of docker/cli (cli/command/image/tree.go, internal/tui):
// IMAGE, ID, DISK USAGE, CONTENT SIZE and EXTRA (the "U" in-use chip) columns, one row per tag
// sorted by name with <untagged> last; a right-aligned legend and colours only on a terminal
// (whose width also limits the name column); --tree adds a line per platform.
import { imageContent, platformContentSize, unpackedSize } from '../../../engine/image-content.ts';
import type { ImageSummary } from '../../../engine/image-list.ts';
import { humanSizeWithPrecision } from '../../../util/format/units.ts';
import { ansi, chipText, ellipsis, legend, textWidth, type Style } from './tui.ts';

interface Details {
  id: string;
  diskUsage: string;
  inUse: boolean;
  contentSize: string;
}

interface Row {
  names: string[];
  details: Details;
  children: { platform: string; details: Details }[];
}

interface Column {
  title: string;
  width: number;
  right: boolean;
  value?: (d: Details) => string;
  noColor?: boolean;
}

const SPACING = 3;
const UNTAGGED = '<untagged>';

function size(n: number): string {
  return humanSizeWithPrecision(n, 3);
}

function toRows(images: ImageSummary[], expanded: boolean): Row[] {
  const rows: Row[] = [];
  for (const img of images) {
    const inUse = img.containers > 0;
    const details = { id: img.id, diskUsage: size(img.size), inUse, contentSize: size(img.contentSize) };
    const content = imageContent(img.image);
    const children = expanded
      ? [{ platform: 'linux/amd64', details: { id: content.manifest.digest, diskUsage: size(platformContentSize(content) + unpackedSize(img.image)), inUse, contentSize: size(platformContentSize(content)) } }]
      : [];
    const tags = [...img.repoTags].sort();
    if (expanded) rows.push({ names: tags, details, children });
    else if (tags.length === 0) rows.push({ names: [], details, children });
    else for (const t of tags) rows.push({ names: [t], details, children });
  }
  const key = (r: Row) => r.names[0] ?? '';
  return rows.sort((a, b) => {
    if ((key(a) === '') !== (key(b) === '')) return key(b) === '' ? -1 : 1;
    return key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
  });
}

function pad(col: Column, style: Style, s: string): string {
  const fill = col.width - textWidth(s);
  if (fill < 0) return col.title === 'Image' ? style(s) : style(ellipsis(s, col.width));
  return col.right ? ' '.repeat(fill) + style(s) : style(s) + ' '.repeat(fill);
}

function columnsFor(rows: Row[], width: number, tty: boolean): Column[] {
  const anyInUse = rows.some((r) => r.details.inUse || r.children.some((c) => c.details.inUse));
  const chip = chipText(tty);
  const columns: Column[] = [
    { title: 'Image', width: 0, right: false },
    { title: 'ID', width: 12, right: false, value: (d) => d.id.replace(/^sha256:/, '').slice(0, 12) },
    { title: 'Disk usage', width: 10, right: true, value: (d) => d.diskUsage },
    { title: 'Content size', width: 12, right: true, value: (d) => d.contentSize },
    {
      title: 'Extra',
      width: Math.max(5, anyInUse ? textWidth(chip) : 0),
      right: false,
      noColor: true,
      value: (d) => (anyInUse ? (d.inUse ? chip : tty ? '   ' : ' ') : ''),
    },
  ];
  let nameWidth = width;
  let kept = columns;
  if (nameWidth > 0) {
    for (let i = 1; i < columns.length; i++) {
      const d = columns[i].width + SPACING;
      if (nameWidth - d < 12) {
        kept = columns.slice(0, i);
        break;
      }
      nameWidth -= d;
    }
  }
  const widest = Math.max(5, ...rows.flatMap((r) => [...(r.names.length ? r.names : [UNTAGGED]).map((n) => n.length), ...r.children.map((c) => c.platform.length + 7)]));
  kept[0].width = width === 0 || nameWidth > widest ? widest : nameWidth;
  return kept;
}

function detailsText(columns: Column[], d: Details, style: Style): string {
  return columns
    .filter((c) => c.value)
    .map((c) => ' '.repeat(SPACING) + pad(c, c.noColor ? (s) => s : style, c.value!(d)))
    .join('');
}

function namesText(col: Column, row: Row, tty: boolean): string {
  if (row.names.length === 0) return pad(col, ansi(tty, 'untagged'), UNTAGGED);
  let out = '';
  row.names.forEach((name, i) => {
    const last = i === row.names.length - 1;
    const multiLine = textWidth(name) > col.width;
    out += pad(col, ansi(tty, 'name'), name);
    if (!last || multiLine) out += '\n';
    if (multiLine && last) out += ' '.repeat(col.width);
  });
  return out;
}

/** The whole tree view; `width` 0 when the output is not a terminal. */
export function renderTree(images: ImageSummary[], expanded: boolean, tty: boolean, width: number): { text: string; count: number } {
  const rows = toRows(images, expanded);
  const w = tty && width > 0 && width < 20 ? 20 : width;
  const columns = columnsFor(rows, w, tty);
  let text = w > 0 ? `${legend(tty, w)}\n` : '';
  text += columns.map((c, i) => (i > 0 ? ' '.repeat(SPACING) : '') + pad(c, ansi(tty, 'title'), c.title.toUpperCase())).join('') + '\n';
  const spacing = expanded && rows.some((r) => r.children.length > 0);
  for (const row of rows) {
    text += namesText(columns[0], row, tty) + detailsText(columns, row.details, ansi(tty, 'normal'));
    if (row.children.length > 0 || spacing) text += '\n';
    row.children.forEach((c, i) => {
      const branch = i === row.children.length - 1 ? '└─ ' : '├─ ';
      text += pad(columns[0], ansi(tty, 'normal'), branch + c.platform) + detailsText(columns, c.details, ansi(tty, 'normal')) + '\n';
    });
    text += '\n';
  }
  return { text, count: rows.length };
}
