// npm run build:wordpress: the WordPress plugin as an installable zip (Plugins → Add New → Upload):
// wordpress/ plus the built script, in one folder `news-widget/`, at dist/news-widget-wordpress.zip.
// A small zip writer (deflate, CRC-32 from node:zlib), so the build needs no zip tool.
import {readFileSync, readdirSync, statSync, writeFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import {crc32, deflateRawSync} from 'node:zlib';

const root = new URL('../', import.meta.url).pathname;
const plugin = join(root, 'wordpress');

function files(dir) {
  return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));
}

/** The plugin's files as zip entries: path inside the zip → contents. */
export function pluginFiles() {
  const entries = new Map(files(plugin).map((file) => [`news-widget/${relative(plugin, file)}`, readFileSync(file)]));
  entries.set('news-widget/news-widget.js', readFileSync(join(root, 'dist/news-widget.js')));
  return entries;
}

function zip(entries) {
  const local = [];
  const central = [];
  let offset = 0;
  // 1 January 2026, 00:00 in DOS time: the same input makes the same zip.
  const [time, date] = [0, ((2026 - 1980) << 9) | (1 << 5) | 1];
  for (const [name, data] of [...entries].sort(([a], [b]) => a.localeCompare(b))) {
    const path = Buffer.from(name);
    const packed = deflateRawSync(data, {level: 9});
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(0x0800, 6);
    head.writeUInt16LE(8, 8);
    head.writeUInt16LE(time, 10);
    head.writeUInt16LE(date, 12);
    head.writeUInt32LE(crc32(data), 14);
    head.writeUInt32LE(packed.length, 18);
    head.writeUInt32LE(data.length, 22);
    head.writeUInt16LE(path.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(0x0314, 4);
    head.copy(entry, 6, 4, 28);
    entry.writeUInt32LE((0o100644 << 16) >>> 0, 38);
    entry.writeUInt32LE(offset, 42);
    local.push(head, path, packed);
    central.push(entry, path);
    offset += head.length + path.length + packed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.size, 8);
  end.writeUInt16LE(entries.size, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, directory, end]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const entries = pluginFiles();
  const out = join(root, 'dist/news-widget-wordpress.zip');
  writeFileSync(out, zip(entries));
  console.log(`${relative(root, out)}: ${entries.size} files`);
}
