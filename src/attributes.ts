import type {ComplexAttributeConverter} from 'lit';

const warned = new Set<string>();

/** One console line per distinct problem, so a misconfigured page is told once, not per render. */
function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`[news-widget] ${message}`);
}

/** A converter that checks a present attribute's value, or warns and uses the default. */
function checked<T>(fallback: T, check: (value: string) => T | undefined, problem: (value: string) => string):
  ComplexAttributeConverter<T> {
  return {
    fromAttribute(value) {
      if (value === null) return fallback;
      const result = check(value.trim());
      if (result !== undefined) return result;
      warnOnce(problem(value));
      return fallback;
    },
  };
}

/** An integer attribute clamped to [min, max]; anything unparsable is the default, with a warning. */
export function integer(name: string, fallback: number, min: number, max: number): ComplexAttributeConverter<number> {
  return {
    fromAttribute(value) {
      if (value === null) return fallback;
      const n = value.trim() ? Number(value) : NaN;
      const clamped = Number.isFinite(n) ? Math.min(max, Math.max(min, Math.round(n))) : fallback;
      if (clamped !== n) warnOnce(`${name}="${value}" must be a whole number from ${min} to ${max}; using ${clamped}.`);
      return clamped;
    },
  };
}

/** An enumerated attribute; an unknown value is the default, with a warning. */
export function oneOf<T extends string>(name: string, values: readonly T[], fallback: T): ComplexAttributeConverter<T> {
  return checked(fallback, (value) => values.find((v) => v === value.toLowerCase()),
    (value) => `${name}="${value}" is not one of ${values.join(', ')}; using ${fallback}.`);
}

/** A boolean attribute: present, `true` or `false` (so `excerpts="false"` really turns it off). */
export function flag(name: string, fallback: boolean): ComplexAttributeConverter<boolean> {
  return checked(fallback, (value) => (/^(|true|false)$/i.test(value) ? !/false/i.test(value) : undefined),
    (value) => `${name}="${value}" must be true or false; using ${fallback}.`);
}

/** A string attribute that `valid` accepts; anything else is ignored, with a warning. */
export function validated(name: string, valid: (value: string) => unknown, what: string): ComplexAttributeConverter<string> {
  return checked('', (value) => {
    try {
      return !value || valid(value) ? value : undefined;
    } catch {
      return undefined;
    }
  }, (value) => `${name}="${value}" is not ${what}; ignored.`);
}

/** A JSON object attribute; anything else is ignored, with a warning. */
export function jsonObject<T extends object>(name: string): ComplexAttributeConverter<T | undefined> {
  return checked<T | undefined>(undefined, (value) => {
    try {
      const parsed: unknown = JSON.parse(value);
      return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? parsed as T : undefined;
    } catch {
      return undefined;
    }
  }, (value) => `${name}='${value}' is not a JSON object; ignored.`);
}
