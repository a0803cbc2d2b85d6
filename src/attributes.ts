import type {ComplexAttributeConverter, PropertyDeclaration} from 'lit';
import {httpUrl} from './feed/url.js';
import {baseUri} from './page.js';
import type {Strings} from './i18n/index.js';
import {slug} from './select.js';

// Every attribute of <news-widget> in one table: its default and the values it takes. The table
// makes the element's reactive properties and their defaults (src/news-widget.ts), the manifest's
// attribute defaults (custom-elements-manifest.config.mjs) and the configurator's controls
// (`NewsWidget.rules`, read by demo/demo.js). An unusable value is the default, with one console line.

/**
 * A rule is the attribute's default, and what else it takes: free text (`''`), `true` or `false`
 * (present means true, so `excerpts="false"` really turns it off), a whole number `[default, min,
 * max]`, one of `[default, ...others]`, a text that `valid` accepts (`{valid, what}`), or a JSON
 * object (`{json: true}`).
 */
type Checked = {valid: (value: string) => unknown; what: string};
type Json = {json: true};
export type Rule = string | boolean | [number, number, number] | readonly string[] | Checked | Json;

const http = {valid: (value: string) => httpUrl(value, baseUri()), what: 'an http(s) address'};

export const RULES = {
  feed: '',
  limit: [5, 1, 50],
  layout: ['cards', 'list', 'headlines'],
  image: ['full', 'thumbnail', 'none'],
  imagePosition: ['top', 'left', 'right'],
  fallbackImage: http,
  blurImages: '',
  excerpts: true,
  excerptLength: [30, 5, 200],
  categories: '',
  include: '',
  exclude: '',
  pager: false,
  expand: ['inline', 'link', 'page', 'none'],
  detailPage: http,
  heading: '',
  headingLevel: [2, 1, 5],
  date: ['short', 'long', 'relative', 'none'],
  locale: {valid: Intl.getCanonicalLocales, what: 'a language tag like en or pt-BR'},
  timeZone: {valid: (timeZone: string) => new Intl.DateTimeFormat('en', {timeZone}), what: 'a time zone like America/Chicago'},
  theme: ['host', 'light', 'dark', 'auto'],
  accent: {valid: (color: string) => CSS.supports('color', color), what: 'a CSS colour'},
  target: ['_blank', '_self'],
  attribution: true,
  timeout: [10, 1, 120],
  cache: [600, 0, 604_800],
  loading: ['lazy', 'eager'],
  refresh: [0, 0, 1440],
  proxy: '',
  strings: {json: true},
} as const satisfies Record<string, Rule>;

/** The default of `rule`. */
export const defaultOf = (rule: Rule): unknown =>
  Array.isArray(rule) ? rule[0] : typeof rule === 'object' ? ('json' in rule ? undefined : '') : rule;

type Value<R> = R extends readonly [number, ...number[]] ? number
  : R extends readonly (infer T)[] ? T
  : R extends Json ? Partial<Strings> | undefined
  : R extends boolean ? boolean : string;

/** The value of every attribute, by property name, as the element holds it. */
export type Settings = {[K in keyof typeof RULES]: Value<(typeof RULES)[K]>};

/** The attribute's name: `imagePosition` is `image-position`. */
export const attributeOf = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

const warned = new Set<string>();

/** One console line per distinct problem, so a misconfigured page is told once, not per render. */
function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`[news-widget] ${message}`);
}

/** What an attribute's value becomes under `rule`, and what was wrong with it, if anything. */
function convert(rule: Rule, value: string): [unknown, string?] {
  const fallback = defaultOf(rule);
  if (Array.isArray(rule) && typeof rule[0] === 'number') {
    const [, min, max] = rule as number[];
    const n = value ? Number(value) : NaN;
    const clamped = Number.isFinite(n) ? Math.min(max, Math.max(min, Math.round(n))) : fallback;
    return [clamped, clamped === n ? '' : `must be a whole number from ${min} to ${max}; using ${clamped}`];
  }
  if (Array.isArray(rule)) {
    const found = (rule as readonly unknown[]).find((option) => option === value.toLowerCase());
    return [found ?? fallback, found ? '' : `is not one of ${rule.join(', ')}; using ${fallback}`];
  }
  if (typeof rule === 'boolean') {
    const ok = /^(|true|false)$/i.test(value);
    return [ok ? !/false/i.test(value) : rule, ok ? '' : `must be true or false; using ${rule}`];
  }
  let ok: unknown = value;
  try {
    if (typeof rule !== 'object') {
      // Free text: anything goes.
    } else if ('json' in rule) {
      const parsed: unknown = JSON.parse(value);
      ok = parsed && typeof parsed === 'object' && !Array.isArray(parsed) && parsed;
    } else if (value) {
      ok = (rule as Checked).valid(value) && value;
    }
  } catch {
    ok = false;
  }
  return ok === false || ok === null ? [fallback, `is not ${'what' in (rule as object) ? (rule as Checked).what : 'a JSON object'}; ignored`] : [ok];
}

/** The reactive property declarations of every attribute in `rules`, each with its converter. */
export function properties(rules: Record<string, Rule>): Record<string, PropertyDeclaration> {
  const declarations: Record<string, PropertyDeclaration> = {};
  for (const [name, rule] of Object.entries(rules)) {
    const attribute = attributeOf(name);
    const converter: ComplexAttributeConverter = {
      fromAttribute(value) {
        if (value === null) return defaultOf(rule);
        const [result, problem] = convert(rule, value.trim());
        if (problem) warnOnce(`${attribute}=${typeof rule === 'object' && 'json' in rule ? `'${value}'` : `"${value}"`} ${problem}.`);
        return result;
      },
    };
    declarations[name] = {attribute, converter};
  }
  return declarations;
}

/** Each attribute's default, by property name. */
export const defaults = (rules: Record<string, Rule>) =>
  Object.fromEntries(Object.entries(rules).map(([name, rule]) => [name, defaultOf(rule)]));

/** A comma-separated list attribute (`categories`, `include`, `exclude`) as its trimmed, non-empty entries. */
export const list = (value: unknown): string[] =>
  typeof value === 'string' ? value.split(',').map((entry) => entry.trim()).filter(Boolean) : [];

/** A number set by script: clamped to its rule like the attribute would be (not a number: the default). */
export const clamp = ([fallback, min, max]: readonly [number, number, number], value: unknown): number =>
  Math.min(max, Math.max(min, Math.round(Number(value)) || fallback));

/** What the stories depend on, as the element's attributes say. */
export interface StoriesInput {
  /** The sources' addresses, most wanted first. */
  feeds: string[];
  /** A URL template with `{url}`, or undefined. */
  proxy?: string;
  /** Category slugs. */
  categories: string[];
  include: string[];
  exclude: string[];
  limit: number;
  pager: boolean;
  /** Seconds the stories stay fresh in the persistent cache; 0: no cache. */
  cache: number;
  /** Seconds each request may take. */
  timeout: number;
  eager: boolean;
  /** Minutes between background updates; 0: none. */
  refresh: number;
}

/** The inputs as the element's attributes say. */
export function inputOf(s: Settings): StoriesInput {
  return {
    // A script may set `feed` to anything; only a string holds addresses.
    // Each address once, and at most ten: a page cannot make one widget send a hundred requests.
    feeds: typeof s.feed === 'string' ? [...new Set(s.feed.split(/\s+/).filter(Boolean))].slice(0, 10) : [],
    proxy: typeof s.proxy === 'string' && s.proxy.includes('{url}') && httpUrl(s.proxy, baseUri()) ? s.proxy : undefined,
    categories: list(s.categories).map(slug),
    include: list(s.include),
    exclude: list(s.exclude),
    limit: clamp(RULES.limit, s.limit),
    pager: !!s.pager,
    cache: s.cache,
    timeout: s.timeout,
    eager: s.loading === 'eager',
    refresh: s.refresh,
  };
}

