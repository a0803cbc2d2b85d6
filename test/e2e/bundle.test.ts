import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {OTHER_ORIGIN} from '../helpers/widget.js';

// The built bundle, loaded the way a church page loads it: one classic script tag, then
// <news-widget> pointing at a feed on another origin that sends CORS headers. Nothing from src/ is
// imported here, so this file tests exactly what ships.

function loadScript(src: string, integrity?: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    if (integrity) {
      script.integrity = integrity;
      script.crossOrigin = 'anonymous';
    }
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

const FORMATS: [string, string][] = [
  ['WordPress RSS', 'wordpress-rss.xml'],
  ['RSS 1.0', 'rdf'],
  ['Atom', 'atom.xml'],
  ['JSON Feed', 'feed.json'],
  ['WordPress REST', 'wp-posts.json'],
];

describe('dist/news-widget.js on a page', () => {
  let errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.message);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));

  before(async () => {
    const globals = new Set(Object.keys(window));
    // Loaded with the integrity the build wrote: a wrong hash would make the browser refuse it.
    const integrity = (await (await fetch('/dist/news-widget.js.sri')).text()).trim();
    await loadScript('/dist/news-widget.js', integrity);
    // A second copy of the script (two pasted snippets) must do no harm.
    await loadScript('/dist/news-widget.js?again');
    const added = Object.keys(window).filter((key) => !globals.has(key));
    // Lit's version markers are the only globals allowed.
    expect(added.filter((key) => !/^(litElementVersions|litHtmlVersions|reactiveElementVersions|litPropertyMetadata)$/.test(key)))
      .to.deep.equal([]);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });

  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });

  beforeEach(() => {
    errors = [];
  });

  it('matches the sha384 integrity the build wrote next to it', async () => {
    const bytes = await (await fetch('/dist/news-widget.js')).arrayBuffer();
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
    const expected = (await (await fetch('/dist/news-widget.js.sri')).text()).trim();
    expect(`sha384-${btoa(String.fromCharCode(...digest))}`).to.equal(expected);
  });

  it('defines <news-widget> once', () => {
    expect(customElements.get('news-widget')).to.be.a('function');
  });

  for (const [name, file] of FORMATS) {
    it(`renders, expands and collapses ${name} from another origin`, async () => {
      const feed = file === 'rdf' ? `${OTHER_ORIGIN}/test/fixtures/feeds/rss1-rdf.xml` : `${OTHER_ORIGIN}/demo/feeds/${file}`;
      const host = await fixture(html`<div><news-widget feed=${feed} limit="3"></news-widget></div>`);
      const el = host.firstElementChild!;
      const root = el.shadowRoot!;
      await waitUntil(() => root.querySelector('[aria-busy="false"], [part~="status"]'), `${name} never loaded`, {timeout: 15000});
      const cards = root.querySelectorAll('[part~="card"]');
      expect(root.querySelector('[part~="status"]'), 'error state').to.equal(null);
      expect(cards.length).to.be.within(1, 3);
      expect(cards[0].querySelector('[part~="title"]')!.textContent!.trim()).not.to.equal('');
      const toggle = cards[0].querySelector<HTMLButtonElement>('[part~="toggle"]');
      if (file === 'rdf') {
        // RSS 1.0 items carry summaries only: the card links to the story instead.
        expect(cards[0].querySelector('[part~="source-link"]')).to.exist;
      } else {
        toggle!.click();
        await waitUntil(() => cards[0].querySelector('[part~="content"]'), 'did not expand');
        expect(toggle!.getAttribute('aria-expanded')).to.equal('true');
        expect(cards[0].querySelector('[part~="content"] p')).to.exist;
        toggle!.click();
        await waitUntil(() => !cards[0].querySelector('[part~="content"]'), 'did not collapse');
        expect(toggle!.getAttribute('aria-expanded')).to.equal('false');
      }
      expect(errors).to.deep.equal([]);
    });
  }

  it('shows the fallback content and a message when the feed is broken', async () => {
    const host = await fixture(html`<div><news-widget feed="${OTHER_ORIGIN}/demo/feeds/broken.xml"><a href="https://news.example.org/">News</a></news-widget></div>`);
    const root = host.firstElementChild!.shadowRoot!;
    await waitUntil(() => root.querySelector('[part~="error"]'), 'no error state', {timeout: 15000});
    expect(root.querySelector('slot')!.assignedElements()[0].textContent).to.equal('News');
    expect(errors).to.deep.equal([]);
  });
});
