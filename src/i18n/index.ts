import {en, type StringKey, type Strings} from './en.js';

export type {StringKey, Strings};

const bundles: Record<string, Strings> = {en};

/** The bundled language that best serves `locale` ("pt-BR" → pt), English when none does. */
export function strings(locale: string): Strings {
  return bundles[locale.toLowerCase().split('-')[0]] ?? en;
}

/** Fills `{name}` placeholders. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));
}

/** "5 minutes ago", "yesterday": how long ago `time` was, in `locale`. */
export function ago(time: number, locale: string): string {
  const minutes = Math.round((time - Date.now()) / 60_000);
  const format = new Intl.RelativeTimeFormat(locale, {numeric: 'auto'});
  if (minutes > -60) return format.format(minutes, 'minute');
  if (minutes > -1440) return format.format(Math.round(minutes / 60), 'hour');
  return format.format(Math.round(minutes / 1440), 'day');
}
