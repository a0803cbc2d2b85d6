// DOMPurify's ES build carries babel's AsyncGenerator helper (and its _OverloadYield) although
// nothing in DOMPurify calls it; the bundler keeps it because it assigns to a prototype. Every
// visitor downloads it, so the IIFE build drops it. Only code that is never referenced is removed:
// if a later DOMPurify does use the helper, the file is left exactly as it is.

const DEAD = [
  /function _OverloadYield\([^)]*\) \{[^}]*\}\n/,
  /function AsyncGenerator\(e\) \{[\s\S]*?\n\}\nAsyncGenerator\.prototype\[[\s\S]*?\n\};\n/,
];

export function stripDeadHelpers(code: string): string {
  let stripped = code;
  for (const pattern of DEAD) stripped = stripped.replace(pattern, '');
  return /AsyncGenerator|_OverloadYield/.test(stripped) ? code : stripped;
}
