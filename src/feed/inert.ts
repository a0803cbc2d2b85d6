// Every string this project hands to a DOM parser goes through here. The documents made here are
// inert: no script runs, no image loads and nothing is connected to the page.

import {inertDocument, trustedTypes} from '../page.js';

let policy: {createHTML(input: string): unknown} | null | undefined;

/**
 * Under `require-trusted-types-for 'script'` a DOMParser needs a TrustedHTML. The `news-widget`
 * policy exists for that one purpose: it is used only to parse feeds and story HTML into inert
 * documents, and never to write markup into the page (sanitized stories reach the page as DOM
 * nodes, not as HTML strings). It is created on first use so that a page which never parses, or a
 * second copy of the script, does not try to create it again.
 */
function trusted(text: string): string {
  if (policy === undefined) {
    try {
      policy = trustedTypes()?.createPolicy('news-widget', {createHTML: (input) => input}) ?? null;
    } catch {
      policy = null;
    }
  }
  return (policy ? policy.createHTML(text) : text) as string;
}

let parser: DOMParser | undefined;

/** Parses `text` into an inert document of the given type. */
export function parseDocument(text: string, type: DOMParserSupportedType): Document {
  parser ??= new DOMParser();
  return parser.parseFromString(trusted(text), type);
}

let template: HTMLTemplateElement | undefined;

/**
 * Parses an HTML fragment, inertly. Feeds call this several times per story, so one template in one
 * inert document is reused rather than a new document made each time (three times faster on a
 * 500-story feed). The fragment is only valid until the next call.
 */
export function parseHtml(html: string): DocumentFragment {
  template ??= inertDocument().createElement('template');
  template.innerHTML = trusted(html);
  return template.content;
}
