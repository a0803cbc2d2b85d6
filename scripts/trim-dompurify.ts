// Two trims of DOMPurify for the IIFE build, each worth its bytes to every visitor, each applied
// only when it provably removes nothing our sanitizer uses. The npm build leaves DOMPurify alone.
//
// 1. DOMPurify's ES build carries babel's AsyncGenerator helper (and its _OverloadYield) although
//    nothing in DOMPurify calls it; the bundler keeps it because it assigns to a prototype.
//    Dropped only if nothing else names it. (360 B gzip.)
// 2. Its default tag and attribute lists (HTML, SVG, MathML, XML) feed only the default config and
//    USE_PROFILES. src/sanitize.ts always passes its own ALLOWED_TAGS and ALLOWED_ATTR and never
//    a profile, so for us the lists only serve the namespace check, which uses the SVG and MathML
//    lists to *accept* elements in those namespaces. Emptied, every SVG and MathML element is
//    removed, which our allowlist (HTML only) does anyway. (2.5 KB gzip.)
// 3. Its default instance is made at import, from the page's own `document`: an element the page
//    names `createElement` then throws inside our script before it defines anything. We only ever
//    make our own instance (src/sanitize.ts, from an inert document), so the default one is made
//    from nothing (`null`: DOMPurify answers "not supported" and touches no page). Not a trim but a
//    fix, so a DOMPurify this does not match fails the build.
//    The hostile corpora run against the built bundle (test/e2e/hostile-bundle.test.ts) to keep
//    this honest.

const DEAD_HELPERS = [
  /function _OverloadYield\([^)]*\) \{[^}]*\}\n/,
  /function AsyncGenerator\(e\) \{[\s\S]*?\n\}\nAsyncGenerator\.prototype\[[\s\S]*?\n\};\n/,
];

const DEFAULT_LISTS = ['html$1', 'html', 'svg$1', 'svgFilters', 'svgDisallowed', 'mathMl$1', 'mathMlDisallowed', 'svg', 'mathMl', 'xml'];

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

export function trimDomPurify(code: string): string {
  return pageFreeDefault(emptyDefaultLists(stripDeadHelpers(code)));
}
