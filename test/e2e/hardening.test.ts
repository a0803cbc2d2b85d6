import {expect, waitUntil} from '@open-wc/testing';
import {ATTACKS, SAFE_FEED, item, rss, type AttackContext, type PageAttack} from '../hostile/pages.js';
import {OTHER_ORIGIN, stash} from '../helpers/widget.js';

// The whole-page hostile corpus (test/hostile/pages.ts) against the bundle that ships, each case a
// real page served by the test server: its own markup, storage, referrer policy and encoding, the
// script tag a church pastes, and a feed on another origin.

const URL_ATTRIBUTES = ['href', 'src', 'srcset', 'poster', 'action', 'formaction', 'xlink:href'];

async function log(url: string): Promise<{referer: string | null}[]> {
  return (await fetch(`${new URL(url).pathname}/log`)).json();
}

/** The page a case describes. Its first script records the canary and every error before anything else runs. */
function page(attack: PageAttack, feed: string): string {
  const storage = attack.storage?.(feed) ?? {};
  return `<!doctype html><html><head><meta charset="utf-8">${attack.head ?? ''}<title>Caf\u00e9</title>
<script>
window.__xssCalls = 0; window.__xss = function () { window.__xssCalls++; }; window.__errors = [];
window.onerror = function (message) { window.__errors.push(String(message)); };
window.onunhandledrejection = function (event) { window.__errors.push('unhandled: ' + String(event.reason)); };
var entries = ${JSON.stringify(storage)};
for (var key in entries) localStorage.setItem(key, entries[key]);
</script></head><body><p>Caf\u00e9 de la iglesia</p>${attack.host ?? ''}
<news-widget feed="${feed}" loading="eager" ${attack.attrs ?? ''}></news-widget>
<script>var el = document.querySelector('news-widget'); ${attack.script ?? ''}</script>
<script src="/dist/news-widget.js"></script></body></html>`;
}

/** Whether a URL attribute's value is http(s) or mailto, resolved as the browser would. */
function safeUrl(value: string, base: string): boolean {
  try {
    return ['http:', 'https:', 'mailto:'].includes(new URL(value.trim(), base).protocol);
  } catch {
    return false;
  }
}

describe(`hostile pages, built bundle (${ATTACKS.length} cases)`, () => {
  const picture = stash('<svg xmlns="http://www.w3.org/2000/svg" width="600" height="400"><rect width="600" height="400" fill="#48a"/></svg>', 'image/svg+xml');

  ATTACKS.forEach((attack, index) => {
    it(`#${index + 1} ${attack.cls}: ${attack.name}`, async () => {
      const pictureUrl = OTHER_ORIGIN + await picture;
      const body = (attack.feed ?? SAFE_FEED).replaceAll('{{picture}}', pictureUrl);
      const feed = OTHER_ORIGIN + await stash(body, attack.type ?? 'application/rss+xml');
      const frame = document.createElement('iframe');
      frame.style.cssText = 'width: 800px; height: 600px';
      const loaded = new Promise((resolve) => (frame.onload = resolve));
      // A member's token in the address: it must never reach another server.
      frame.src = `${await stash(page(attack, feed), 'text/html')}?member=secret-token`;
      document.body.append(frame);
      try {
        await loaded;
        const win = frame.contentWindow as AttackContext['win'];
        const el = win.document.querySelector('news-widget') as HTMLElement;
        await waitUntil(() => el.shadowRoot?.querySelector('[aria-busy="false"], [part~="status"]'),
          'the widget never showed stories or a message', {timeout: 15000});
        const root = el.shadowRoot!;
        expect(el.getBoundingClientRect().height, 'widget height').to.be.below(6000);
        for (const title of root.querySelectorAll('[part~="title"], [part~="meta"], [part~="attribution"]')) {
          expect(title.textContent!.length, 'a capped field').to.be.below(700);
        }
        // Every story expanded, again if a refresh replaced the cards meanwhile.
        await waitUntil(() => {
          const closed = root.querySelectorAll<HTMLButtonElement>('[part~="toggle"][aria-expanded="false"]');
          closed.forEach((toggle) => toggle.click());
          return !closed.length;
        }, 'stories did not expand', {timeout: 15000});

        expect(win.__xssCalls, 'the canary ran').to.equal(0);
        expect(win.__errors, 'errors in the page').to.deep.equal([]);
        for (const node of root.querySelectorAll('*')) {
          for (const attr of node.attributes) {
            expect(attr.name, `${node.localName} has ${attr.name}`).not.to.match(/^on/i);
            if (!URL_ATTRIBUTES.includes(attr.name)) continue;
            for (const candidate of attr.name === 'srcset' ? attr.value.split(/,\s+/).map((c) => c.split(/\s+/)[0]) : [attr.value]) {
              expect(safeUrl(candidate, win.location.href), `${node.localName}[${attr.name}="${attr.value}"]`).to.equal(true);
            }
          }
        }
        for (const link of root.querySelectorAll('a[href]')) {
          const policy = link.getAttribute('referrerpolicy');
          const sameDocument = new URL(link.getAttribute('href')!, win.location.href).origin === win.location.origin;
          expect(sameDocument || policy === 'strict-origin-when-cross-origin', `${link.outerHTML} referrer`).to.equal(true);
        }
        for (const img of root.querySelectorAll('img')) expect(img.getAttribute('referrerpolicy'), 'picture referrer').to.equal('no-referrer');
        expect(root.textContent, 'a lifted-CDATA marker').not.to.match(/[\uE000\uE001]/);
        await attack.check?.({win, el, root, feed, picture: pictureUrl, feedLog: () => log(feed), pictureLog: () => log(pictureUrl)});
      } finally {
        frame.remove();
      }
    });
  });
});

// 9. Any page's encoding. An old church page with no charset anywhere is read as windows-1252, and
// so is a script sent without one. A same-origin iframe would inherit this page's UTF-8, so the
// page comes from the other origin and reports what it shows by postMessage.
describe('the built bundle on a windows-1252 page with no charset anywhere', () => {
  const STORY = 'Se\u00f1or, \u201cgracias\u201d \u2014 caf\u00e9 y oraci\u00f3n.';

  async function report(locale: string): Promise<{charset: string; content: string; toggle: string; errors: string[]}> {
    const feed = await stash(rss(item(`<content:encoded><![CDATA[<p>${STORY} ${'Una historia larga. '.repeat(20)}</p>]]></content:encoded>`)),
      'application/rss+xml');
    // Latin-1 bytes, no <meta charset>, served as text/html with no charset; the script likewise (the
    // dev server would add `charset=utf-8` to /dist/, so the bundle is stashed and served as it is).
    const script = await stash(await (await fetch('/dist/news-widget.js')).text(), 'text/javascript');
    const html = `<!doctype html><html><head><title>Caf\u00e9</title></head><body><p>Caf\u00e9 de la iglesia</p>
<news-widget feed="${feed}" loading="eager" locale="${locale}"></news-widget>
<script>
var errors = []; window.onerror = function (m) { errors.push(String(m)); };
var timer = setInterval(function () {
  var root = document.querySelector('news-widget').shadowRoot;
  var toggle = root && root.querySelector('[part~="toggle"]');
  if (!toggle) return;
  if (toggle.getAttribute('aria-expanded') === 'false') return toggle.click();
  var content = root.querySelector('[part~="content"]');
  if (!content) return;
  clearInterval(timer);
  parent.postMessage({charset: document.characterSet, content: content.textContent, toggle: toggle.textContent, errors: errors}, '*');
}, 50);
</script><script src="${script}"></script></body></html>`;
    const frame = document.createElement('iframe');
    const message = new Promise<MessageEvent>((resolve) => {
      const listen = (event: MessageEvent) => {
        if (event.source !== frame.contentWindow) return;
        window.removeEventListener('message', listen);
        resolve(event);
      };
      window.addEventListener('message', listen);
    });
    frame.src = OTHER_ORIGIN + await stash(html, 'text/html', true);
    document.body.append(frame);
    try {
      return (await message).data;
    } finally {
      frame.remove();
    }
  }

  it('shows an expanded WordPress story as written, not the placeholder its text stood in for', async () => {
    const {charset, content, toggle, errors} = await report('es');
    expect(charset.toLowerCase(), 'the page must not be read as UTF-8, or this tests nothing').not.to.equal('utf-8');
    expect(errors).to.deep.equal([]);
    expect(content).to.contain(STORY);
    expect(content).not.to.match(/[\uE000\uE001]/);
    expect(toggle).to.contain('Mostrar menos');
  });

  it('shows the widget\'s own words in Arabic, not mojibake', async () => {
    const {charset, toggle} = await report('ar');
    expect(charset.toLowerCase()).not.to.equal('utf-8');
    expect(toggle).to.match(/[\u0600-\u06ff]{3}/);
  });

  it('ships as ASCII only, so no page encoding can change it', async () => {
    const bytes = new Uint8Array(await (await fetch('/dist/news-widget.js')).arrayBuffer());
    expect(bytes.findIndex((byte) => byte > 0x7f)).to.equal(-1);
  });
});
