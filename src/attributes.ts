import type {ComplexAttributeConverter} from 'lit';

const warned = new Set<string>();

/** One console line per distinct problem, so a misconfigured page is told once, not per render. */
export function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`[news-widget] ${message}`);
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
  return {
    fromAttribute(value) {
      if (value === null) return fallback;
      const normalized = value.trim().toLowerCase() as T;
      if (values.includes(normalized)) return normalized;
      warnOnce(`${name}="${value}" is not one of ${values.join(', ')}; using ${fallback}.`);
      return fallback;
    },
  };
}
