import {en, type Strings} from './en.js';
import {es} from './es.js';
import {pt} from './pt.js';
import {fr} from './fr.js';
import {de} from './de.js';
import {ko} from './ko.js';
import {zh} from './zh.js';
import {ar} from './ar.js';

export type {Strings};

const bundles: Record<string, Strings> = {en, es, pt, fr, de, ko, zh, ar};

/** The languages that read right to left, of those bundled. */
const RTL = ['ar'];

const base = (locale: string) => locale.toLowerCase().split('-')[0];

/**
 * The first of `candidates` (language tags, most wanted first) with bundled strings, canonicalized
 * ("pt-br" → "pt-BR"); English when none has them.
 */
export function pickLocale(candidates: (string | null | undefined)[]): string {
  for (const candidate of candidates) {
    try {
      const [locale] = Intl.getCanonicalLocales(candidate || []);
      if (locale && bundles[base(locale)]) return locale;
    } catch {
      // Not a language tag: try the next.
    }
  }
  return 'en';
}

const isText = (value: unknown) => typeof value === 'string' && value.length < 1000;

/**
 * The strings for `locale`, with a site's `overrides` on top: only known keys, and only values of
 * the right shape (a text, or plural forms that are all texts, over the bundle's own forms), so a
 * page's typo or `{"loaded": null}` never breaks the widget.
 */
export function strings(locale: string, overrides?: Partial<Strings>): Strings {
  const bundle = bundles[base(locale)] ?? en;
  const merged: Record<string, unknown> = {...bundle};
  if (overrides && typeof overrides === 'object') {
    for (const [key, value] of Object.entries(overrides)) {
      const known = Object.hasOwn(bundle, key) ? bundle[key as keyof Strings] : undefined;
      if (typeof known === 'string' && isText(value)) merged[key] = value;
      else if (known && typeof known === 'object' && value && typeof value === 'object' && !Array.isArray(value) &&
        Object.values(value).every(isText)) merged[key] = {...known, ...value};
    }
  }
  return merged as unknown as Strings;
}

export const isRtl = (locale: string) => RTL.includes(base(locale));

/** Fills `{name}` placeholders. */
export function format(template: string, values: Record<string, string | number>): string {
  return String(template ?? '').replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));
}

const formatters = new Map<string, unknown>();

/**
 * An Intl formatter made once per locale and options. Making one loads locale data and costs
 * milliseconds; a page of widgets would otherwise make one per date per render.
 */
function cached<T>(key: string, make: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) formatters.set(key, (formatter = make()));
  return formatter;
}

/** The plural form of `forms` for `n` in `locale`, with `{n}` filled in as that locale writes numbers. */
export function plural(forms: Strings['loaded'], n: number, locale: string): string {
  const form = forms[cached(`p${locale}`, () => new Intl.PluralRules(locale)).select(n)] ?? forms.other ?? '';
  return format(form, {n: cached(`n${locale}`, () => new Intl.NumberFormat(locale)).format(n)});
}

/** A date as `locale` writes it, `long` ("November 26, 2026") or medium ("Nov 26, 2026"), in `timeZone`. */
export function formatDate(iso: string, locale: string, long: boolean, timeZone?: string): string {
  return cached(`d${locale}${long}${timeZone}`, () =>
    new Intl.DateTimeFormat(locale, {dateStyle: long ? 'long' : 'medium', timeZone})).format(new Date(iso));
}

/** A length of `seconds` in whole minutes as `locale` writes them ("45 min"), at least one. */
export function minutes(seconds: number, locale: string): string {
  return cached(`m${locale}`, () => new Intl.NumberFormat(locale, {style: 'unit', unit: 'minute'})).format(Math.max(1, Math.round(seconds / 60)));
}

/** "5 minutes ago", "yesterday": how long ago `time` was, in `locale`. */
export function ago(time: number, locale: string): string {
  const minutes = Math.round((time - Date.now()) / 60_000);
  const relative = cached(`r${locale}`, () => new Intl.RelativeTimeFormat(locale, {numeric: 'auto'}));
  if (minutes > -60) return relative.format(minutes, 'minute');
  if (minutes > -1440) return relative.format(Math.round(minutes / 60), 'hour');
  return relative.format(Math.round(minutes / 1440), 'day');
}
