// The eight languages ship as written in src/i18n/*.ts, each an object whose keys repeat those of
// English. For the IIFE, every language but English becomes a list of its texts in English's key
// order, zipped back into the same object when the script loads (src/i18n/zip.ts): the sources stay
// readable, keyed objects, and every visitor downloads each key once. A language whose keys are not
// exactly English's fails the build. (About 300 B gzip.)
import {transformSync} from 'esbuild';

/** The object a language file exports, evaluated (its only import is a type). */
function evaluate(code: string): Record<string, unknown> {
  const js = transformSync(code, {loader: 'ts', format: 'cjs'}).code;
  const module = {exports: {} as Record<string, Record<string, unknown>>};
  new Function('module', 'exports', js)(module, module.exports);
  return Object.values(module.exports)[0];
}

let english: string[] | undefined;

export function packStrings(code: string, id: string, read: (file: string) => string): string | undefined {
  const match = /\/src\/i18n\/([a-z]{2})\.ts$/.exec(id);
  if (!match || match[1] === 'en') return undefined;
  english ??= Object.keys(evaluate(read(id.replace(/[a-z]{2}\.ts$/, 'en.ts'))));
  const strings = evaluate(code);
  const keys = Object.keys(strings);
  if (keys.length !== english.length || keys.some((key) => !english!.includes(key))) {
    throw new Error(`pack-strings: ${id} must have exactly the keys of en.ts.`);
  }
  return `import {zip} from './zip.js';\nexport const ${match[1]} = zip(${JSON.stringify(english.map((key) => strings[key]))});\n`;
}
