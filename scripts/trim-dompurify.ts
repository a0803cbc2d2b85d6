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
// 5. Babel's ES5 rest and default parameters, and fallbacks for browsers without Reflect, written
//    as ES2015 (−262 B gzip); its long messages for a caller's mistakes made short (−223 B); options
//    read from the config at each call that src/sanitize.ts never names read as absent, custom
//    element checks among them (−602 B); and the methods we never call (setConfig, removeHook…;
//    −216 B); values of attributes Trusted Types would type written as they are, since our allowlists
//    have no such element or attribute (−74 B). Each leaves DOMPurify as it was when its pattern
//    does not match.
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

// Babel's ES5 spellings of rest and default parameters, and fallbacks for a browser without
// Object.freeze or Reflect (none that runs the widget's ES2022 lacks them): written as ES2015 says
// them, they behave the same (a default still applies only to `undefined`). Applied only when no
// `arguments` is left afterwards, so a spelling not matched here leaves DOMPurify as it was.
const FALLBACKS = /\nlet freeze = Object\.freeze;\nlet seal = Object\.seal;\nlet create = Object\.create;\nlet _ref = typeof Reflect !== "undefined" && Reflect;\nlet apply = _ref\.apply;\nlet construct = _ref\.construct;\n(?:if \(!\w+\) \w+ = function \w+\([^)]*\) \{\n[^\n]*\n(?:[^\n]*\n)?\};\n){4}/;
const REST = /(function\s*\w*\()([^)]*)(\)\s*\{(?:(?!function)[\s\S])*?)for \(var (_len\d*) = arguments\.length, (\w+) = new Array\([^;]*?\), (_key\d*) = (\d); \6 < \4; \6\+\+\) \5\[\6(?: - \d)?\] = arguments\[\6\];/g;
const DEFAULT = /(function\s*\w*\()([^)]*)(\)\s*\{\s*)let (\w+) = arguments\.length > (\d) && arguments\[\5\] !== void 0 \? arguments\[\5\] : ([^;\n]+);/g;
const arity = (params: string) => (params.trim() ? params.split(',').length : 0);

function modernParameters(code: string): string {
  const modern = code
    .replace(FALLBACKS, '\nconst {freeze, seal, create} = Object;\nconst {apply, construct} = Reflect;\n')
    .replace(REST, (all, head, params, body, _len, args, _key, from) =>
      (arity(params) === +from ? `${head}${params ? `${params}, ` : ''}...${args}${body}` : all))
    .replace(DEFAULT, (all, head, params, body, name, at, value) =>
      (arity(params) === +at ? `${head}${params ? `${params}, ` : ''}${name} = ${value}${body}` : all));
  return /\barguments\b/.test(modern.replace(/\/\*[\s\S]*?\*\//g, '')) ? code : modern;
}

// DOMPurify's messages for a caller's mistake (a policy that recurses, a non-string, in-place
// sanitizing) are paragraphs; thrown, they are short. Our sanitizer makes none of those mistakes.
const MESSAGE = /(typeErrorCreate\()"(?:[^"\\]|\\.){40,}"\)/g;
const shortMessages = (code: string) => code.replace(MESSAGE, '$1"DOMPurify: refused")');

// DOMPurify's methods src/sanitize.ts never calls (setConfig, isValidAttribute, removeHook…): our
// instance is private, so nothing else can call them. Without setConfig, its branches go too.
const METHOD = /\n\tDOMPurify\.(\w+) = function\([^)]*\) \{\n[\s\S]*?\n\t\};/g;
const unusedMethods = (code: string, ours: string) => code.replace(METHOD, (all, name) => (ours.includes(`.${name}(`) ? all : ''));

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

/**
 * Options read straight from the config at each call (`cfg.ADD_TAGS`, `"CUSTOM_ELEMENT_HANDLING"`)
 * that src/sanitize.ts never names: read as absent, so the minifier drops the code they guard.
 */
function absentOptions(code: string, ours: string): string {
  const absent = (name: string) => !ours.includes(name);
  const check = '_matchesNameCheck\\(CUSTOM_ELEMENT_HANDLING\\.\\w+, [\\w, ]+\\)';
  // With no CUSTOM_ELEMENT_HANDLING, no custom element or `is` passes a name check: those checks are false.
  const custom = !absent('CUSTOM_ELEMENT_HANDLING') ? code : code
    .replace(/objectHasOwnProperty\(customElementHandling, "\w+"\)/g, 'false')
    .replace(new RegExp(`_isBasicCustomElement\\(\\w+\\) && ${check}(?: && ${check})?`, 'g'), 'false')
    .replace(new RegExp(`CUSTOM_ELEMENT_HANDLING\\.allowCustomizedBuiltInElements && ${check}`, 'g'), 'false');
  // Without a TRUSTED_TYPES_POLICY of the caller's, the policy is DOMPurify's own, whose callbacks
  // return their input: nothing to guard against recursion.
  const policy = !absent('TRUSTED_TYPES_POLICY') ? custom : custom
    .replace(/_assertNotInTrustedTypesPolicy\(\);\s*IN_TRUSTED_TYPES_POLICY\+\+;\s*try \{\s*(return [^;]+;)\s*\} finally \{\s*IN_TRUSTED_TYPES_POLICY--;\s*\}/g, '$1');
  return policy
    .replace(/EXTRA_ELEMENT_HANDLING\.(tagCheck|attributeCheck) instanceof Function/g, (all, check) =>
      (absent(check === 'tagCheck' ? 'ADD_TAGS' : 'ADD_ATTR') ? 'false' : all))
    .replace(/objectHasOwnProperty\(cfg, "(\w+)"\)/g, (all, name) => (absent(name) ? 'false' : all))
    .replace(/\bcfg\.([A-Z_]+)\b/g, (all, name) => (absent(name) ? '(void 0)' : all))
    .replace(/_resolve(?:Set|Object)Option\(cfg, "(\w+)", ([^,()]+(?:\(null\))?)(?:, \{[^}]*\})?\)/g, (all, name, fallback) => (absent(name) ? fallback : all));
}

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
  return plainAttributes(forgetRemoved(unusedMethods(absentOptions(fixed, ours), ours)), ours);
}

/**
 * Under Trusted Types DOMPurify wraps the value of an attribute the browser types (a script's src,
 * a frame's srcdoc, an event handler). Our allowlists have no such element or attribute, so every
 * value is written as it is. Applied only when src/sanitize.ts's lists read so.
 */
function plainAttributes(code: string, ours: string): string {
  const lists = /const ALLOWED_TAGS = \[([^\]]*)\];[\s\S]*?const ALLOWED_ATTR = \[([^\]]*)\];/.exec(ours);
  if (!lists || /'(?:script|iframe|frame|embed|object|srcdoc|on\w*)'/.test(lists[1] + lists[2])) return code;
  return code.replace(/(const _applyTrustedTypesToAttribute = function _applyTrustedTypesToAttribute\(lcTag, lcName, namespaceURI, value\) \{)\n\t\tif \(trustedTypesPolicy [^\n]*\n(?:\t\t\t[^\n]*\n)*\t\t\}\n/, '$1\n');
}

/**
 * DOMPurify lists what it removed (`DOMPurify.removed`) for callers who read it and for in-place
 * sanitizing; we do neither (IN_PLACE is a constant false by then), so the list is not kept.
 */
function forgetRemoved(code: string): string {
  if (!code.includes('const IN_PLACE = false;')) return code;
  return code.replace(/arrayPush\(DOMPurify\.removed, \{[^{}]*\}\);/g, '');
}

export function trimDomPurify(code: string): string {
  return pageFreeDefault(fixOptions(emptyDefaultLists(shortMessages(modernParameters(plainDestructuring(stripDeadHelpers(code)))))));
}
