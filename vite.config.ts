import {defineConfig} from 'vite';
import {minifyLiterals} from './scripts/minify-literals.js';
import {trimDomPurify} from './scripts/trim-dompurify.js';
import {pageSafeLit} from './scripts/page-safe-lit.js';
import {packStrings} from './scripts/pack-strings.js';
import {readFileSync} from 'node:fs';

// Two builds from one config. The default is the IIFE a church page loads with one script tag:
// self-contained, minified, registering <news-widget> and defining no globals. `--mode esm` is the
// npm build, which leaves lit and dompurify as imports for the app's bundler to share. The IIFE is
// ASCII only: a page that is not UTF-8 decodes a script sent without a charset in its own encoding.
export default defineConfig(({mode}) => {
  const esm = mode === 'esm';
  return {
    plugins: esm ? [] : [
      {
        name: 'minify-literals',
        enforce: 'pre',
        transform: (code, id) => (id.includes('/src/') && /\.ts$/.test(id) ? minifyLiterals(code) : undefined),
      },
      {
        name: 'pack-strings',
        enforce: 'pre',
        transform: (code, id) => packStrings(code, id, (file) => readFileSync(file, 'utf8')),
      },
      {
        name: 'page-safe-lit',
        transform: (code, id) => pageSafeLit(code, id),
      },
      {
        name: 'trim-dompurify',
        transform: (code, id) => (/dompurify\/dist\/purify\.es\.mjs$/.test(id) ? trimDomPurify(code) : undefined),
      },
    ],
    build: {
      target: 'es2022',
      emptyOutDir: false,
      sourcemap: esm,
      minify: esm ? false : 'terser',
      // pure_getters: no property read of ours, Lit's or DOMPurify's has an effect (none forces a layout), so an
      // unused one is dropped (-80 B gzip). unsafe: mostly `String(x)` and template literals as `+ ""`, which
      // differ only for a Symbol, and none reaches them (-39 B). unsafe_proto: DOMPurify's
      // `String.prototype.trim` as `"".trim`, the same function (-9 B); a fourth pass (-9 B). The built
      // file's tests (test/e2e) keep all of them honest.
      terserOptions: {
        ecma: 2020,
        compress: {passes: 4, unsafe_arrows: true, pure_getters: true, unsafe: true, unsafe_proto: true},
        format: {comments: false, ascii_only: true},
      },
      lib: esm
        ? {entry: 'src/index.ts', formats: ['es'], fileName: () => 'news-widget.mjs'}
        : {entry: 'src/define.ts', formats: ['iife'], name: 'NewsWidgetBundle', fileName: () => 'news-widget.js'},
      rollupOptions: esm ? {external: [/^lit/, /^@lit/, /^dompurify/]} : {},
    },
  };
});
