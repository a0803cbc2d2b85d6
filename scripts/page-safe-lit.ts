// Lit, as the IIFE ships it, made safe from the host page's markup. Lit reads globals that a page
// element with that id or name replaces (`<div id="litHtmlVersions">`: window.litHtmlVersions is
// then that div, and `.push` throws at load, so the widget never renders), and it calls
// `document.createTreeWalker` and friends, which `<img name="createTreeWalker">` replaces.
//
// For the IIFE only (the npm build leaves Lit to the app): the version markers, polyfill and
// hydration hooks go (the script then sets no globals at all, not even `Symbol.metadata`), Lit's
// `document` calls go to src/page.ts's `pageDocument`, and `trustedTypes` is read through
// src/page.ts. Each replacement must match exactly as often as it says (once unless it says
// otherwise), or the build fails: a Lit we have not read must not ship unprotected.
//
// Also for the IIFE, what the widget never uses goes, each worth its bytes to every visitor
// (together −1 KB gzip): decorators' initializers and metadata, reflecting properties to
// attributes, directives and what only they read (connection state too), removing controllers,
// boolean and element bindings, SVG and MathML
// templates, bindings inside raw-text elements, accessors the class defines itself, the <style>
// fallback and CSSStyleSheet conversion, and the long messages for mistakes with `css`.

import {fileURLToPath} from 'node:url';

const page = fileURLToPath(new URL('../src/page.ts', import.meta.url));

type Edit = [pattern: RegExp, replacement: string, times?: number];

const EDITS: Record<string, Edit[]> = {
  'lit-html/lit-html.js': [
    [/=(\w+)\.trustedTypes,/, '=__nwTrustedTypes(),'],
    // Directives: the widget uses none, so a value is rendered as it is.
    [/function (\w)\((\w),(\w),\w=\2,\w\)\{if\(\3===\w\)return \3;let [^}]*\._\$litDirective\$;[^}]*\}/, 'function $1($2,$3){return $3}'],
    // Connection state for async directives: the widget uses no directive.
    [/get _\$AU\(\)\{return this\._\$AM\??\._\$AU(?:\?\?this\._\$Cv)?\}/, '', 4],
    [/this\._\$AP\?\.\(!1,!0,\w\)/, ''],
    [/,this\._\$AP\?\.\(\w\)/, ''],
    // SVG and MathML templates (`svg`, `mathml` tags): the widget's are all HTML.
    [/(\w)=2===(\w)\?"<svg>":3===\2\?"<math>":""/, '$1=""'],
    [/\(2===(\w)\?"<\/svg>":3===\1\?"<\/math>":""\)/, '""'],
    [/,2===(\w)\|\|3===\1\)\{const (\w)=this\.el\.content\.firstChild;\2\.replaceWith\(\.\.\.\2\.childNodes\)\}/, ',0);'],
    // Bindings inside <script>, <style>, <textarea> or <title>: the widget's templates have none.
    [/if\((\w)\.test\((\w)\.tagName\)\)\{const (\w)=\2\.textContent\.split\((\w)\),(\w)=\3\.length-1;if\(\5>0\)\{[^{}]*\{type:2,index:\+\+\w\}\);\2\.append\(\3\[\5\],\w\(\)\)\}\}/, ''],
    // Parts' public getters, read only by directives.
    [/get parentNode\(\)\{return this\._\$AM\.parentNode\}/, ''],
    [/get parentNode\(\)\{let (\w)=this\._\$AA\.parentNode;const (\w)=this\._\$AM;return void 0!==\2&&11===\1\?\.nodeType&&\(\1=\2\.parentNode\),\1\}get startNode\(\)\{return this\._\$AA\}get endNode\(\)\{return this\._\$AB\}/, ''],
    [/get tagName\(\)\{return this\.element\.tagName\}/, ''],
    // Boolean attribute (`?name=`) and element (`<p ${…}>`) bindings: the widget's templates have none.
    [/"\?"===\w\[1\]\?\w:/, ''],
    [/:6===(\w)\.type&&\(\w=new \w\(\w,this,\w\)\)/, ':0'],
    [/(\w+)\.litHtmlPolyfillSupport;\w+\?\.\([\w$,]+\),\(\1\.litHtmlVersions\?\?=\[\]\)\.push\("[^"]*"\)/, 'void 0'],
    // Whether a part is connected, which only async directives read (after the edits above, nothing does).
    [/,this\._\$Cv=\w\?\.isConnected\?\?!0/, ''],
    [/setConnected\(\w\)\{void 0===this\._\$AM&&\(this\._\$Cv=\w\)\}/, ''],
  ],
  '@lit/reactive-element/reactive-element.js': [
    [/=(\w+)\.trustedTypes,/, '=__nwTrustedTypes(),'],
    [/=\w+\.reactiveElementPolyfillSupport,/, '=void 0,'],
    [/Symbol\.metadata\?\?=Symbol\("metadata"\),\w+\.litPropertyMetadata\?\?=new WeakMap;/, ''],
    // Decorators' hooks (initializers and their metadata): the widget declares `static properties`.
    // Reflecting properties to attributes: no property of the widget reflects.
    [/toAttribute\(\w,\w\)\{switch\(\w\)\{[^{}]*\}return \w\},/, ''],
    [/_\$ET\(\w,\w\)\{[^{}]*\{[^{}]*\}\}/, ''],
    [/,!0===\w&&this\._\$Em!==\w&&\(this\._\$Eq\?\?=new Set\)\.add\(\w\)/, ''],
    [/this\._\$Eq&&=this\._\$Eq\.forEach\(\w=>this\._\$ET\(\w,this\[\w\]\)\),/, ''],
    // Controllers are added, never removed.
    [/removeController\(\w\)\{this\._\$EO\?\.delete\(\w\)\}/, ''],
    // Properties over an accessor of the class's own ("wrapped"): the widget defines none.
    [/const (\w)=this\.constructor\.elementProperties;if\(\1\.size>0\)for\(const\[(\w),(\w)\]of \1\)\{const\{wrapped:(\w)\}=\3,(\w)=this\[\2\];!0!==\4\|\|this\._\$AL\.has\(\2\)\|\|void 0===\5\|\|this\.C\(\2,void 0,\3,\5\)\}/, ''],
    [/static addInitializer\(\w\)\{[^}]*\}/, ''],
    [/void 0!==(\w)\.l&&\(this\.l=\[\.\.\.\1\.l\]\),/, ''],
    [/,this\.constructor\.l\?\.forEach\(\w=>\w\(this\)\)/, ''],
    [/const (\w)=this\[Symbol\.metadata\];if\(null!==\1\)\{const (\w)=litPropertyMetadata\.get\(\1\);if\(void 0!==\2\)for\(const\[\w,\w\]of \2\)this\.elementProperties\.set\(\w,\w\)\}/, ''],
    [/\(\w+\.reactiveElementVersions\?\?=\[\]\)\.push\("[^"]*"\)/, '0'],
  ],
  '@lit/reactive-element/css-tag.js': [
    [/\(void 0===(\w+)\.ShadyCSS\|\|\1\.ShadyCSS\.nativeShadow\)/, '!0'],
    // Every browser the widget supports (README, "Browser support": Safari 16.4+, Firefox 113+,
    // Chrome 111+) adopts constructed stylesheets: the <style> fallback goes, and its page-shadowable
    // `document.createElement` call with it.
    [/=\w+\.ShadowRoot&&!0&&"adoptedStyleSheets"in Document\.prototype&&"replace"in CSSStyleSheet\.prototype,/, '=!0,'],
    // Messages for a programmer's mistake with `css`, which our own stylesheets cannot make.
    [/throw Error\("CSSResult is not constructable[^"]*"\)/, 'throw Error("css")'],
    // Our styles are all `css` results, never a CSSStyleSheet to convert for a browser without adopted sheets.
    [/=\w\?(\w)=>\1:\1=>\1 instanceof CSSStyleSheet\?\(\w=>\{let \w="";for\(const \w of \w\.cssRules\)\w\+=\w\.cssText;return \w\(\w\)\}\)\(\1\):\1;/, '=$1=>$1;'],
    [/throw Error\("Value passed to 'css' function[^"]*"\+\w+\+"[^"]*"\)/, 'throw Error("css")'],
  ],
  'lit-element/lit-element.js': [
    [/\w+\.litElementHydrateSupport\?\.\(\{LitElement:[\w$]+\}\)/, '0'],
    [/=\w+\.litElementPolyfillSupport;/, '=void 0;'],
    [/\(\w+\.litElementVersions\?\?=\[\]\)\.push\("[^"]*"\)/, '0'],
    [/this\.hasUpdated\|\|\(this\.renderOptions\.isConnected=this\.isConnected\),/, ''],
    [/,this\._\$Do\?\.setConnected\(!\d\)/, '', 2],
  ],
};

const PRELUDE: Record<string, string> = {
  'lit-html/lit-html.js': `import {pageDocument as __nwDocument, trustedTypes as __nwTrustedTypes} from ${JSON.stringify(page)};\n`,
  '@lit/reactive-element/reactive-element.js':
    `import {trustedTypes as __nwTrustedTypes} from ${JSON.stringify(page)};\n`,
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
  for (const [pattern, replacement, times = 1] of EDITS[file]) {
    const found = edited.match(new RegExp(pattern.source, 'g'))?.length ?? 0;
    if (found !== times) throw new Error(`page-safe-lit: ${pattern} matched ${found} times in ${file}; read the new Lit and update the edits.`);
    edited = edited.replace(new RegExp(pattern.source, 'g'), replacement);
  }
  if (file === 'lit-html/lit-html.js') edited = documentCalls(edited);
  return (PRELUDE[file] ?? '') + edited;
}
