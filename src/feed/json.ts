/** Reading values out of parsed JSON of unknown shape, without ever throwing. */

export type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `obj[key]` when it is a non-empty string (numbers are accepted as their text), else ''. */
export function str(obj: unknown, key: string): string {
  const value = isObject(obj) ? obj[key] : undefined;
  if (typeof value === 'string') return value.trim();
  return typeof value === 'number' ? String(value) : '';
}

/** `obj[key]` when it is an object, else undefined. */
export function obj(value: unknown, key: string): Json | undefined {
  const found = isObject(value) ? value[key] : undefined;
  return isObject(found) ? found : undefined;
}

/** `obj[key]` as an array (a single value becomes a one-element array). */
export function arr(value: unknown, key: string): unknown[] {
  const found = isObject(value) ? value[key] : undefined;
  if (found === undefined || found === null) return [];
  return Array.isArray(found) ? found : [found];
}
