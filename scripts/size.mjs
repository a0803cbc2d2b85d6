// Prints the raw, gzip and brotli size of the IIFE a church page loads. With --check, fails when
// gzip is over the budget: every byte ships to every visitor of every church.
import {readFileSync} from 'node:fs';
import {brotliCompressSync, gzipSync, constants} from 'node:zlib';

// The ceiling; the goal is 32 KB, and each change says its cost.
const BUDGET_GZIP = 36 * 1024;
const file = 'dist/news-widget.js';
const bytes = readFileSync(file);
const gzip = gzipSync(bytes, {level: 9}).length;
const brotli = brotliCompressSync(bytes, {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length;
console.log(`${file}: ${bytes.length} B raw, ${gzip} B gzip, ${brotli} B brotli (gzip budget ${BUDGET_GZIP} B)`);
if (process.argv.includes('--check') && gzip > BUDGET_GZIP) {
  console.error(`${file} is ${gzip - BUDGET_GZIP} B over the ${BUDGET_GZIP} B gzip budget.`);
  process.exit(1);
}
