/**
 * Every string the widget shows, in English. Other languages provide the same keys. `loaded` is
 * chosen by `Intl.PluralRules` (zero, one, two, few, many, other); `other` is required.
 */
export const en = {
  loading: 'Loading stories…',
  empty: 'No stories right now.',
  error: 'Stories could not be loaded.',
  'error.http': 'The news server answered with an error (HTTP {status}).',
  'error.network': 'The news server could not be reached.',
  'error.cors': 'The news server does not let other sites read its feed (CORS; see the README).',
  'error.insecure': "An https page cannot read an http feed: use the feed's https address.",
  'error.timeout': 'The news server took too long to answer.',
  'error.not-a-feed': 'The address does not point to a news feed.',
  'error.malformed': 'The news feed is damaged or empty.',
  readMore: 'Read the full story',
  readLess: 'Show less',
  continueAt: 'Continue reading at {source}',
  from: 'From',
  by: 'By {author}',
  updated: 'Updated {time}',
  more: 'More stories',
  back: 'Back to all stories',
  partial: '{failed} of {total} sources could not be loaded.',
  play: 'Play video: {title}',
  embed: 'Open the embedded content ({host})',
  show: 'Show picture',
  loaded: {one: '{n} story loaded', other: '{n} stories loaded'} as Partial<Record<Intl.LDMLPluralRule, string>>,
};

export type Strings = typeof en;
