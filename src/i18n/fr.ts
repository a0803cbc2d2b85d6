import type {Strings} from './en.js';

export const fr: Strings = {
  loading: 'Chargement des articles…',
  empty: 'Aucun article pour le moment.',
  error: 'Impossible de charger les articles.',
  'error.http': 'Le serveur d’actualités a répondu par une erreur (HTTP {status}).',
  'error.network': 'Le serveur d’actualités est injoignable.',
  'error.cors': 'Le serveur d’actualités n’autorise pas les autres sites à lire son flux (CORS ; voir le README).',
  'error.insecure': 'Cette page sécurisée (https) ne peut pas lire un flux à une adresse http : utilisez l’adresse https du flux.',
  'error.timeout': 'Le serveur d’actualités a mis trop de temps à répondre.',
  'error.not-a-feed': 'L’adresse ne mène pas à un flux d’actualités.',
  'error.malformed': 'Le flux d’actualités est endommagé ou vide.',
  readMore: 'Lire l’article complet',
  readLess: 'Réduire',
  continueAt: 'Lire la suite sur {source}',
  from: 'Source :',
  by: 'Par {author}',
  updated: 'Mis à jour {time}',
  more: 'Plus d’articles',
  back: 'Retour à tous les articles',
  partial: 'Sources non chargées : {failed} sur {total}.',
  loaded: {one: '{n} article chargé', other: '{n} articles chargés'},
};
