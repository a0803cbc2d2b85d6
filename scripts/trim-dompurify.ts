// Two trims of DOMPurify for the IIFE build, each worth its bytes to every visitor, each applied
// only when it provably removes nothing our sanitizer uses. The npm build leaves DOMPurify alone.
//
// 1. DOMPurify's ES build carries babel's AsyncGenerator helper (and its _OverloadYield) although
//    nothing in DOMPurify calls it; the bundler keeps it because it assigns to a prototype.
//    Dropped only if nothing else names it. (360 B gzip.)
//    Likewise babel's array-destructuring helpers (`_slicedToArray` and the four it calls), used
//    once, on the pairs `Object.entries` returns, which are arrays already: the pair is used as it
//    is. Applied only when that is the only use. (250 B gzip.)
// 2. Its default tag and attribute lists (HTML, SVG, MathML, XML) feed only the default config and
//    USE_PROFILES. src/sanitize.ts always passes its own ALLOWED_TAGS and ALLOWED_ATTR and never
//    a profile, so for us the lists only serve the namespace check, which uses the SVG and MathML
//    lists to *accept* elements in those namespaces. Emptied, every SVG and MathML element is
//    removed, which our allowlist (HTML only) does anyway. (2.5 KB gzip.)
// 3. Its options we never set are made constants, so the minifier drops the code they guard
//    (template scrubbing, in-place sanitizing, whole documents, named-property prefixes, trusted
//    types output, profiles, XHTML, another namespace or URI pattern). Each is applied only when its declaration and its one assignment read as
//    expected, and none of them is named in src/sanitize.ts, where our config lives. (1.7 KB gzip.)
// 4. Its default instance is made at import, from the page's own `document`: an element the page
//    names `createElement` then throws inside our script before it defines anything. We only ever
//    make our own instance (src/sanitize.ts, from an inert document), so the default one is made
//    from nothing (`null`: DOMPurify answers "not supported" and touches no page). Not a trim but a
//    fix, so a DOMPurify this does not match fails the build.
//    The hostile corpora run against the built bundle (test/e2e/hostile-bundle.test.ts) to keep
//    this honest.

import {readFileSync} from 'node:fs';

const DEAD_HELPERS = [
  /function _OverloadYield\([^)]*\) \{[^}]*\}\n/,
  /function AsyncGenerator\(e\) \{[\s\S]*?\n\}\nAsyncGenerator\.prototype\[[\s\S]*?\n\};\n/,
];

const DEFAULT_LISTS = ['html$1', 'html', 'svg$1', 'svgFilters', 'svgDisallowed', 'mathMl$1', 'mathMlDisallowed', 'svg', 'mathMl', 'xml'];

const SLICED = /var (_ref\d+) = _slicedToArray\((_ref\d+), 2\);/g;
const DESTRUCTURING_HELPERS = ['_arrayLikeToArray', '_arrayWithHoles', '_iterableToArrayLimit', '_nonIterableRest', '_slicedToArray',
  '_unsupportedIterableToArray'];

function plainDestructuring(code: string): string {
  if ([...code.matchAll(SLICED)].length !== 1) return code;
  let stripped = code.replace(SLICED, 'var $1 = $2;');
  for (const name of DESTRUCTURING_HELPERS) stripped = stripped.replace(new RegExp(`\\nfunction ${name}\\([^)]*\\) \\{\\n[\\s\\S]*?\\n\\}`), '');
  return DESTRUCTURING_HELPERS.some((name) => stripped.includes(name)) ? code : stripped;
}

function stripDeadHelpers(code: string): string {
  let stripped = code;
  for (const pattern of DEAD_HELPERS) stripped = stripped.replace(pattern, '');
  return /AsyncGenerator|_OverloadYield/.test(stripped) ? code : stripped;
}

function emptyDefaultLists(code: string): string {
  let trimmed = code;
  for (const name of DEFAULT_LISTS) {
    const declaration = new RegExp(`(\\nconst ${name.replace('$', '\\$')} = freeze\\(\\[)[^\\]]*(\\]\\);)`);
    if (!declaration.test(trimmed)) return code; // a DOMPurify we have not read: leave it whole
    trimmed = trimmed.replace(declaration, '$1$2');
  }
  return trimmed;
}

const DEFAULT_INSTANCE = /\n(var|const|let) (\w+) = createDOMPurify\(\);\n/;

function pageFreeDefault(code: string): string {
  if (!DEFAULT_INSTANCE.test(code)) throw new Error('trim-dompurify: DOMPurify\'s default instance was not found; read the new DOMPurify.');
  return code.replace(DEFAULT_INSTANCE, '\n$1 $2 = createDOMPurify(null);\n');
}

/**
 * DOMPurify's options we never set, with the value its config parsing gives them when unset (the
 * declared default, except the parser's media type, declared null and set to text/html).
 */
const FIXED: Record<string, string> = {
  SAFE_FOR_TEMPLATES: 'false', WHOLE_DOCUMENT: 'false', IN_PLACE: 'false', RETURN_TRUSTED_TYPE: 'false', SANITIZE_NAMED_PROPS: 'false',
  FORCE_BODY: 'false', ALLOW_UNKNOWN_PROTOCOLS: 'false', SAFE_FOR_XML: 'true', KEEP_CONTENT: 'true', ALLOW_SELF_CLOSE_IN_ATTR: 'true',
  SANITIZE_DOM: 'true', USE_PROFILES: 'false', NAMESPACE: 'HTML_NAMESPACE', PARSER_MEDIA_TYPE: '"text/html"',
  IS_ALLOWED_URI$1: 'IS_ALLOWED_URI',
};

function fixOptions(code: string): string {
  const ours = readFileSync(new URL('../src/sanitize.ts', import.meta.url), 'utf8');
  let fixed = code;
  for (const [name, value] of Object.entries(FIXED)) {
    const id = name.replace('$', '\\$');
    const declaration = new RegExp(`\\blet ${id} = [^;\\n]+;`);
    const assignment = new RegExp(`\\n\\t\\t${id} = [^\\n]*cfg[^\\n]*;(?=\\n)`);
    const options = ours.includes(name.replace(/\$1$/, ''));
    if (options || fixed.match(new RegExp(`\\b${id} = `, 'g'))?.length !== 2 || !declaration.test(fixed) || !assignment.test(fixed)) continue;
    fixed = fixed.replace(declaration, `const ${name} = ${value};`).replace(assignment, '');
  }
  return fixed;
}

export function trimDomPurify(code: string): string {
  return pageFreeDefault(fixOptions(emptyDefaultLists(plainDestructuring(stripDeadHelpers(code)))));
}
