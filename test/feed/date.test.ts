import {expect} from '@open-wc/testing';
import {parseDate} from '../../src/feed/index.js';

describe('parseDate', () => {
  const cases: [string, string | null][] = [
    // RFC 822 / 1123, as RSS uses them.
    ['Thu, 26 Nov 2026 14:30:00 +0000', '2026-11-26T14:30:00.000Z'],
    ['Thu, 26 Nov 2026 14:30:00 GMT', '2026-11-26T14:30:00.000Z'],
    ['Thu, 26 Nov 2026 09:30:00 EST', '2026-11-26T14:30:00.000Z'],
    ['Thu, 26 Nov 2026 07:30:00 PDT', '2026-11-26T14:30:00.000Z'],
    ['Thu, 26 Nov 2026 15:30:00 +0100', '2026-11-26T14:30:00.000Z'],
    ['Thu, 26 Nov 2026 20:00:00 +05:30', '2026-11-26T14:30:00.000Z'],
    ['26 Nov 2026 14:30 UT', '2026-11-26T14:30:00.000Z'],
    ['Thu, 26 Nov 26 14:30:00 Z', '2026-11-26T14:30:00.000Z'],
    ['Thursday, 26 November 2026 14:30:00 GMT', '2026-11-26T14:30:00.000Z'],
    ['thu, 5 nov 2026 14:30:00 gmt', '2026-11-05T14:30:00.000Z'],
    ['Thu, 26 Nov 2026', '2026-11-26T00:00:00.000Z'],
    // W3C-DTF / ISO 8601, as Atom, RDF, JSON Feed and WordPress use them.
    ['2026-11-26T14:30:00Z', '2026-11-26T14:30:00.000Z'],
    ['2026-11-26T14:30:00.25+01:00', '2026-11-26T13:30:00.250Z'],
    ['2026-11-26T09:30:00-05:00', '2026-11-26T14:30:00.000Z'],
    ['2026-11-26T14:30:00', '2026-11-26T14:30:00.000Z'],
    ['2026-11-26 14:30:00', '2026-11-26T14:30:00.000Z'],
    ['2026-11-26', '2026-11-26T00:00:00.000Z'],
    ['2026-11', '2026-11-01T00:00:00.000Z'],
    ['2026', '2026-01-01T00:00:00.000Z'],
    // Invalid: null, never "Invalid Date".
    ['', null],
    ['not a date', null],
    ['2026-13-01', null],
    ['2026-02-30T00:00:00Z', null],
    ['Thu, 31 Feb 2026 10:00:00 GMT', null],
    ['Thu, 26 Foo 2026 10:00:00 GMT', null],
    ['yesterday', null],
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)} → ${expected}`, () => {
      expect(parseDate(input)).to.equal(expected);
    });
  }
});
