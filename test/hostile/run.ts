import {expect, fixture, html, aTimeout} from '@open-wc/testing';
import type {NewsWidget} from '../../src/news-widget.js';
import {buildFeed} from './build.js';
import {CASES} from './cases.js';
import {cards, settled, shadow} from '../helpers/widget.js';

// Every hostile case is served to a real widget, every card is expanded, and then: the canary never
// ran, no on* attribute, no dangerous URL and no forbidden element is anywhere in the shadow DOM,
// and the host page is as it was. It runs against the source and against the built bundle.

declare global {
  interface Window {
    __xss: () => void;
    __xssCalls: number;
  }
}

const FORBIDDEN = 'script, style, iframe, frame, object, embed, form, input, textarea, select, base, meta, link, svg, math, template, noscript, xmp, noembed, marquee, video, audio, source';
const URL_ATTRIBUTES = ['href', 'src', 'srcset', 'action', 'formaction', 'xlink:href', 'background', 'poster', 'data', 'srcdoc'];
const DANGEROUS = /^\s*(?:javascript|data|vbscript)\s*:/i;

function allElements(root: ShadowRoot): Element[] {
  return [...root.querySelectorAll('*')];
}

/** Runs the corpus against the widget class `base()` gives, registered under `tag` with its network routed to the cases. */
export function runCorpus(title: string, tag: string, base: () => typeof NewsWidget): void {
  const bodies = new Map<string, string>();

  describe(`${title} (${CASES.length} cases)`, () => {
    before(() => {
      window.__xssCalls = 0;
      window.__xss = () => {
        window.__xssCalls++;
      };
      customElements.define(tag, class extends base() {
        protected override fetchFeed(url: string): Promise<Response> {
          return Promise.resolve(new Response(bodies.get(url) ?? '', {status: 200}));
        }
      });
    });

    CASES.forEach((testCase, index) => {
      const fields = Object.keys(testCase.fields).join('+');
      it(`#${index + 1} ${testCase.technique} in ${testCase.format} ${fields}`, async () => {
        const url = `https://hostile.example/${index}`;
        bodies.set(url, buildFeed(testCase.format, testCase.fields, testCase.raw));
        const globalsBefore = Object.keys(window).length;
        const host = await fixture(html`<div></div>`);
        const el = Object.assign(document.createElement(tag) as NewsWidget, {feed: url});
        host.append(el);
        const pageBefore = document.documentElement.outerHTML;
        await settled(el);
        const root = shadow(el);
        for (const toggle of root.querySelectorAll<HTMLButtonElement>('[part~="toggle"]')) {
          toggle.click();
          await el.updateComplete;
        }
        // Give anything that might fire (onerror, onload, animations, refresh) a chance to.
        await aTimeout(50);

        expect(window.__xssCalls, 'the canary ran').to.equal(0);
        for (const node of allElements(root)) {
          for (const attr of node.attributes) {
            expect(attr.name, `${node.localName} has ${attr.name}`).not.to.match(/^on/i);
            if (URL_ATTRIBUTES.includes(attr.name)) {
              for (const candidate of attr.value.split(/,\s+/)) {
                expect(candidate, `${node.localName}[${attr.name}]`).not.to.match(DANGEROUS);
              }
            }
          }
        }
        expect(root.querySelector(FORBIDDEN)?.outerHTML ?? null, 'forbidden element').to.equal(null);
        for (const region of root.querySelectorAll('[part~="content"]')) {
          expect(region.querySelector('[id], [name], [style], [class]')?.outerHTML ?? null, 'id/name/style in story').to.equal(null);
        }
        if (testCase.literal) expect(root.textContent).to.contain(testCase.literal);
        expect(cards(el).length + root.querySelectorAll('[part~="status"]').length).to.be.greaterThan(0);

        // The host page is untouched: its DOM outside the shadow root is as it was, no new globals.
        expect(document.documentElement.outerHTML).to.equal(pageBefore);
        expect(Object.keys(window).length).to.equal(globalsBefore);
      });
    });
  });
}
