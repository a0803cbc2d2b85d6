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

/** The strings for `locale`, with a site's `overrides` on top (those of the right type: a page's typo must not break the widget). */
export function strings(locale: string, overrides?: Partial<Strings>): Strings {
  const valid = Object.entries(overrides ?? {}).filter(([key, value]) => key in en && typeof value === typeof en[key as keyof Strings]);
  return {...bundles[base(locale)] ?? en, ...Object.fromEntries(valid)};
}

export const isRtl = (locale: string) => RTL.includes(base(locale));

/** Fills `{name}` placeholders. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));
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

/** "5 minutes ago", "yesterday": how long ago `time` was, in `locale`. */
export function ago(time: number, locale: string): string {
  const minutes = Math.round((time - Date.now()) / 60_000);
  const relative = cached(`r${locale}`, () => new Intl.RelativeTimeFormat(locale, {numeric: 'auto'}));
  if (minutes > -60) return relative.format(minutes, 'minute');
  if (minutes > -1440) return relative.format(Math.round(minutes / 60), 'hour');
  return relative.format(Math.round(minutes / 1440), 'day');
}
