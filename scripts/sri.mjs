// Writes the Subresource Integrity hash of dist/news-widget.js next to it (news-widget.js.sri) and
// prints a ready-to-paste snippet. The hash only stays valid while the file at that URL never
// changes, so publishers serve each version at its own immutable path (see the README).
import {createHash} from 'node:crypto';
import {readFileSync, writeFileSync} from 'node:fs';

const file = 'dist/news-widget.js';
const {version} = JSON.parse(readFileSync('package.json', 'utf8'));
const integrity = `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;
writeFileSync(`${file}.sri`, `${integrity}\n`);
console.log(`${file}.sri: ${integrity}
Snippet (serve the file at a versioned path that never changes):
  <script src="https://publisher.example/news-widget/${version}/news-widget.js" integrity="${integrity}" crossorigin="anonymous" defer></script>
  <news-widget feed="https://publisher.example/feed/" limit="5"></news-widget>`);
