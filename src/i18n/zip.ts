import {en, type Strings} from './en.js';

/**
 * A language's texts in English's key order, as an object of keys again. Only the IIFE build uses
 * it: scripts/pack-strings.ts writes each language but English as such a list.
 */
export const zip = (texts: unknown[]): Strings => Object.fromEntries(Object.keys(en).map((key, i) => [key, texts[i]])) as Strings;
