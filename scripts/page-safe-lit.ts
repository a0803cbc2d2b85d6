// Lit, as the IIFE ships it, made safe from the host page's markup. Lit reads globals that a page
// element with that id or name replaces (`<div id="litHtmlVersions">`: window.litHtmlVersions is
// then that div, and `.push` throws at load, so the widget never renders), and it calls
// `document.createTreeWalker` and friends, which `<img name="createTreeWalker">` replaces.
//
// For the IIFE only (the npm build leaves Lit to the app): the version markers, polyfill and
// hydration hooks go (the script then sets no globals at all), Lit's property-metadata map becomes
// a module-local one, Lit's `document` calls go to src/page.ts's `pageDocument`, and `trustedTypes` is read
// through src/page.ts. Each replacement must match exactly once, or the build fails: a Lit we have
// not read must not ship unprotected.

import {fileURLToPath} from 'node:url';

const page = fileURLToPath(new URL('../src/page.ts', import.meta.url));

type Edit = [pattern: RegExp, replacement: string];

const EDITS: Record<string, Edit[]> = {
  'lit-html/lit-html.js': [
    [/=(\w+)\.trustedTypes,/, '=__nwTrustedTypes(),'],
    [/(\w+)\.litHtmlPolyfillSupport;\w+\?\.\([\w$,]+\),\(\1\.litHtmlVersions\?\?=\[\]\)\.push\("[^"]*"\)/, 'void 0'],
  ],
  '@lit/reactive-element/reactive-element.js': [
    [/=(\w+)\.trustedTypes,/, '=__nwTrustedTypes(),'],
    [/=\w+\.reactiveElementPolyfillSupport,/, '=void 0,'],
    [/\w+\.litPropertyMetadata\?\?=new WeakMap/, '0'],
    [/\blitPropertyMetadata\.get\(/, '__nwMetadata.get('],
    [/\(\w+\.reactiveElementVersions\?\?=\[\]\)\.push\("[^"]*"\)/, '0'],
  ],
  '@lit/reactive-element/css-tag.js': [
    [/\(void 0===(\w+)\.ShadyCSS\|\|\1\.ShadyCSS\.nativeShadow\)/, '!0'],
  ],
  'lit-element/lit-element.js': [
    [/\w+\.litElementHydrateSupport\?\.\(\{LitElement:[\w$]+\}\)/, '0'],
    [/=\w+\.litElementPolyfillSupport;/, '=void 0;'],
    [/\(\w+\.litElementVersions\?\?=\[\]\)\.push\("[^"]*"\)/, '0'],
  ],
};

const PRELUDE: Record<string, string> = {
  'lit-html/lit-html.js': `import {pageDocument as __nwDocument, trustedTypes as __nwTrustedTypes} from ${JSON.stringify(page)};\n`,
  '@lit/reactive-element/reactive-element.js':
    `import {trustedTypes as __nwTrustedTypes} from ${JSON.stringify(page)};\nconst __nwMetadata = new WeakMap();\n`,
};

/**
 * lit-html keeps `document` in one short variable and uses it as a Node too (the walker's resting
 * place), so only its method calls go to `pageDocument`.
 */
function documentCalls(code: string): string {
  const name = /\b([\w$]+)=document,/.exec(code)?.[1];
  const calls = name && new RegExp(`(?<![\\w$.])${name.replace('$', '\\$')}(?=\\.(?:createComment|createElement|createTextNode|createTreeWalker)\\()|(?<=\\?\\?)${name.replace('$', '\\$')}(?=\\)\\.importNode\\()`, 'g');
  const found = calls ? code.match(calls)?.length ?? 0 : 0;
  if (found !== 5) throw new Error(`page-safe-lit: expected 5 document calls in lit-html, found ${found}; read the new Lit and update the edits.`);
  return code.replace(calls as RegExp, '__nwDocument');
}

/** Lit's module `id` with its edits applied, or undefined for any other module. Throws if an edit does not apply. */
export function pageSafeLit(code: string, id: string): string | undefined {
  const file = Object.keys(EDITS).find((name) => id.endsWith(`/node_modules/${name}`));
  if (!file) return undefined;
  let edited = code;
  for (const [pattern, replacement] of EDITS[file]) {
    const found = edited.match(new RegExp(pattern.source, 'g'))?.length ?? 0;
    if (found !== 1) throw new Error(`page-safe-lit: ${pattern} matched ${found} times in ${file}; read the new Lit and update the edits.`);
    edited = edited.replace(pattern, replacement);
  }
  if (file === 'lit-html/lit-html.js') edited = documentCalls(edited);
  return (PRELUDE[file] ?? '') + edited;
}
