import type {Strings} from './en.js';

export const es: Strings = {
  loading: 'Cargando noticias…',
  empty: 'No hay noticias por ahora.',
  error: 'No se pudieron cargar las noticias.',
  'error.http': 'El servidor de noticias respondió con un error (HTTP {status}).',
  'error.network': 'No se pudo conectar con el servidor de noticias.',
  'error.cors': 'El servidor de noticias no permite que otros sitios lean su feed (CORS; véase el README).',
  'error.insecure': 'Esta página segura (https) no puede leer un feed en una dirección http: use la dirección https del feed.',
  'error.timeout': 'El servidor de noticias tardó demasiado en responder.',
  'error.not-a-feed': 'La dirección no corresponde a un feed de noticias.',
  'error.malformed': 'El feed de noticias está dañado o vacío.',
  readMore: 'Leer la noticia completa',
  readLess: 'Mostrar menos',
  continueAt: 'Seguir leyendo en {source}',
  from: 'Fuente:',
  by: 'Por {author}',
  updated: 'Actualizado {time}',
  more: 'Más noticias',
  back: 'Volver a todas las noticias',
  partial: 'No se pudieron cargar {failed} de {total} fuentes.',
  loaded: {one: '{n} noticia cargada', other: '{n} noticias cargadas'},
};
