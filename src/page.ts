// What the widget reads from the host page, read so that the page cannot change it. A page's own
// elements shadow properties: `<img name="createElement">` replaces `document.createElement` and
// `<div id="addEventListener">` replaces `window.addEventListener` (named access on `document` and
// `window`). Everything here goes to the prototypes, which markup cannot reach. The IIFE build
// hands the same `pageDocument` to Lit (scripts/page-safe-lit.ts).

/**
 * The referrer policy of the feed request and of every link the widget shows: at most the church's
 * origin, whatever the host page's own policy (pictures send none).
 */
export const REFERRER = 'strict-origin-when-cross-origin';

const D = Document.prototype;
const doc = document;

/** `document.baseURI`, the page's own. */
export const baseUri = (): string => Reflect.get(Node.prototype, 'baseURI', doc) as string;

/** Whether the page is hidden (a background tab). */
export const pageHidden = (): boolean => Reflect.get(D, 'hidden', doc) as boolean;

/** The `lang` of the page's root element. */
export const pageLang = (): string => {
  const root = Reflect.get(D, 'documentElement', doc) as Element | null;
  return root ? Element.prototype.getAttribute.call(root, 'lang') ?? '' : '';
};

/** `target.addEventListener`, even where the page has shadowed it on `window` or `document`. */
export const listen = (target: EventTarget, type: string, listener: EventListener, options?: AddEventListenerOptions): void =>
  EventTarget.prototype.addEventListener.call(target, type, listener, options);

/** `target.removeEventListener`, likewise. */
export const unlisten = (target: EventTarget, type: string, listener: EventListener): void =>
  EventTarget.prototype.removeEventListener.call(target, type, listener);

/** A new, empty, inert HTML document: nothing in it loads or runs. */
export const inertDocument = (): Document =>
  (Reflect.get(D, 'implementation', doc) as DOMImplementation).createHTMLDocument('');

/** What the widget uses of the Trusted Types factory. */
export interface TrustedTypes {
  createPolicy(name: string, rules: {createHTML(input: string): string}): {createHTML(input: string): unknown};
}

/** The Trusted Types factory, where the browser has one and the page has not shadowed it. */
export const trustedTypes = (): TrustedTypes | undefined => {
  const {trustedTypes: factory, TrustedTypePolicyFactory: Factory} = globalThis as {trustedTypes?: unknown; TrustedTypePolicyFactory?: unknown};
  return typeof Factory === 'function' && factory instanceof Factory ? factory as TrustedTypes : undefined;
};

/**
 * The few `document` methods Lit calls, bound to the real document. Lit's walker is always created
 * over the document itself, whatever root it passes.
 */
export const pageDocument = {
  createComment: (data: string) => D.createComment.call(doc, data),
  createElement: (name: string) => D.createElement.call(doc, name),
  createTextNode: (data: string) => D.createTextNode.call(doc, data),
  createTreeWalker: (_root: unknown, show: number) => D.createTreeWalker.call(doc, doc, show),
  importNode: <T extends Node>(node: T, deep: boolean) => D.importNode.call(doc, node, deep) as T,
};
