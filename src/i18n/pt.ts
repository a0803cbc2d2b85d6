import type {Strings} from './en.js';

export const pt: Strings = {
  loading: 'Carregando notícias…',
  empty: 'Nenhuma notícia no momento.',
  error: 'Não foi possível carregar as notícias.',
  'error.http': 'O servidor de notícias respondeu com um erro (HTTP {status}).',
  'error.network': 'Não foi possível acessar o servidor de notícias.',
  'error.cors': 'O servidor de notícias não permite que outros sites leiam seu feed (CORS; veja o README).',
  'error.insecure': 'Esta página segura (https) não pode ler um feed num endereço http: use o endereço https do feed.',
  'error.timeout': 'O servidor de notícias demorou demais para responder.',
  'error.not-a-feed': 'O endereço não aponta para um feed de notícias.',
  'error.malformed': 'O feed de notícias está danificado ou vazio.',
  readMore: 'Ler a notícia completa',
  readLess: 'Mostrar menos',
  continueAt: 'Continue lendo em {source}',
  from: 'Fonte:',
  by: 'Por {author}',
  updated: 'Atualizado {time}',
  more: 'Mais notícias',
  back: 'Voltar para todas as notícias',
  partial: 'Não foi possível carregar {failed} de {total} fontes.',
  loaded: {one: '{n} notícia carregada', other: '{n} notícias carregadas'},
};
