// The README's API tables, generated from dist/custom-elements.json (which the analyzer builds from
// the JSDoc of src/news-widget.ts). `node scripts/api-docs.mjs` rewrites them; `--check` fails when
// the README and the code disagree, so the docs cannot drift.
import {readFileSync, writeFileSync} from 'node:fs';

const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
const widget = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'news-widget');

const cell = (text = '') => text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
const code = (text) => (text ? `\`${text}\`` : '');
const value = (text = '') => code(text.replace(/^'(.*)'$/, '$1'));
const table = (head, rows) => [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`,
  ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`)].join('\n');

const TABLES = {
  attributes: table(['attribute', 'default', 'meaning'],
    widget.attributes.map((a) => [code(a.name), value(a.default), a.description])),
  events: table(['event', 'when'], widget.events.map((e) => [code(e.name), e.description])),
  slots: table(['slot', 'what'], widget.slots.map((s) => [s.name ? code(s.name) : '(default)', s.description])),
  parts: table(['part', 'what'], widget.cssParts.map((p) => [code(p.name), p.description])),
  'css-properties': table(['custom property', 'default', 'what'],
    widget.cssProperties.map((p) => [code(p.name), code(p.default), p.description])),
};

let readme = readFileSync('README.md', 'utf8');
const stale = [];
for (const [name, generated] of Object.entries(TABLES)) {
  const pattern = new RegExp(`(<!-- api:${name} -->\\n)[\\s\\S]*?(<!-- /api:${name} -->)`);
  const current = pattern.exec(readme);
  if (!current) throw new Error(`README.md has no <!-- api:${name} --> section.`);
  if (!readme.includes(`${current[1]}${generated}\n${current[2]}`)) stale.push(name);
  readme = readme.replace(pattern, () => `${current[1]}${generated}\n${current[2]}`);
}
if (process.argv.includes('--check')) {
  if (stale.length) {
    console.error(`README.md API tables differ from the code: ${stale.join(', ')}. Run \`node scripts/api-docs.mjs\`.`);
    process.exit(1);
  }
  console.log('README.md API tables match dist/custom-elements.json.');
} else {
  writeFileSync('README.md', readme);
  console.log(stale.length ? `Updated: ${stale.join(', ')}.` : 'README.md API tables were up to date.');
}
