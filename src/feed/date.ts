const MONTHS = 'jan feb mar apr may jun jul aug sep oct nov dec'.split(' ');

/** RFC 822 / 1123 zone names, in hours from UTC. Military single letters other than Z are too
 * ambiguous in the wild (RFC 1123 itself says their sign was defined backwards) and count as UTC,
 * as do names not listed here: an hour off beats no date. */
const ZONES: Record<string, number> = {
  ut: 0, utc: 0, gmt: 0, z: 0,
  est: -5, edt: -4, cst: -6, cdt: -5, mst: -7, mdt: -6, pst: -8, pdt: -7,
  // Non-RFC abbreviations seen in real feeds; rarer ones count as UTC rather than failing.
  bst: 1, cet: 1, cest: 2,
};

// [weekday,] day month year hour:minute[:second] [zone]
const RFC822 =
  /^(?:[a-z]+,?\s*)?(\d{1,2})[\s-]+([a-z]+)\.?[\s-]+(\d{2,4})(?:[\sT]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?\s*([+-]\d{2}:?\d{2}|[a-z]+)?/i;
// YYYY[-MM[-DD[Thh:mm[:ss[.s]][zone]]]], with a space allowed for the T (WordPress date_gmt).
const W3CDTF =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T\s](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?)?)?$/i;

function offsetMinutes(zone: string | undefined): number {
  if (!zone) return 0;
  const numeric = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (numeric) return (numeric[1] === '-' ? -1 : 1) * (+numeric[2] * 60 + +(numeric[3] ?? 0));
  return (ZONES[zone.toLowerCase()] ?? 0) * 60;
}

function toIso(
  year: number, month: number, day: number, hour: number, minute: number, second: number, ms: number,
  offset: number,
): string | null {
  if (month < 0 || month > 11 || day < 1 || day > 31 || hour > 24 || minute > 59 || second > 60) {
    return null;
  }
  const time = Date.UTC(year, month, day, hour, minute, second, ms) - offset * 60_000;
  const date = new Date(time);
  // Date.UTC rolls 31 February over into March; a real feed date never needs that.
  if (Number.isNaN(time) || new Date(Date.UTC(year, month, day)).getUTCDate() !== day) return null;
  return date.toISOString();
}

/**
 * Parses an RFC 822 date (RSS) or a W3C-DTF / ISO 8601 date (Atom, RDF, JSON Feed, WordPress)
 * into an ISO 8601 string in UTC. Dates without a zone are taken as UTC. Returns null for
 * anything else; `Date.parse` is not used because engines disagree on what it accepts.
 */
export function parseDate(value: string | null | undefined): string | null {
  const text = value?.trim();
  if (!text) return null;
  let m = W3CDTF.exec(text);
  if (m) {
    const fraction = m[7] ? Math.round(+`0.${m[7]}` * 1000) : 0;
    return toIso(+m[1], (+m[2] || 1) - 1, +m[3] || 1, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), fraction,
      offsetMinutes(m[8]));
  }
  m = RFC822.exec(text);
  if (m) {
    const month = MONTHS.indexOf(m[2].slice(0, 3).toLowerCase());
    let year = +m[3];
    if (m[3].length === 2) year += year < 50 ? 2000 : 1900;
    else if (m[3].length === 3) year += 1900;
    return toIso(year, month, +m[1], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), 0, offsetMinutes(m[7]));
  }
  return null;
}
