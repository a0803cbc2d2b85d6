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
