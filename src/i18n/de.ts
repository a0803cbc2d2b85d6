import type {Strings} from './en.js';

export const de: Strings = {
  loading: 'Nachrichten werden geladen …',
  empty: 'Zurzeit keine Nachrichten.',
  error: 'Die Nachrichten konnten nicht geladen werden.',
  'error.http': 'Der Nachrichtenserver hat mit einem Fehler geantwortet (HTTP {status}).',
  'error.network': 'Der Nachrichtenserver ist nicht erreichbar.',
  'error.cors': 'Der Nachrichtenserver erlaubt anderen Websites nicht, seinen Feed zu lesen (CORS; siehe README).',
  'error.insecure': 'Diese sichere (https-)Seite kann keinen Feed unter einer http-Adresse lesen: Verwenden Sie die https-Adresse des Feeds.',
  'error.timeout': 'Der Nachrichtenserver hat zu lange nicht geantwortet.',
  'error.not-a-feed': 'Die Adresse führt zu keinem Nachrichten-Feed.',
  'error.malformed': 'Der Nachrichten-Feed ist beschädigt oder leer.',
  readMore: 'Ganzen Artikel lesen',
  readLess: 'Weniger anzeigen',
  continueAt: 'Weiterlesen auf {source}',
  from: 'Quelle:',
  by: 'Von {author}',
  updated: 'Aktualisiert {time}',
  more: 'Weitere Nachrichten',
  back: 'Zurück zu allen Nachrichten',
  partial: '{failed} von {total} Quellen konnten nicht geladen werden.',
  loaded: {one: '{n} Nachricht geladen', other: '{n} Nachrichten geladen'},
};
