import {expect, waitUntil} from '@open-wc/testing';
import {OTHER_ORIGIN} from '../helpers/widget.js';

// The configurator (demo/index.html) with the built bundle: every control changes the preview and
// the snippet, and the snippet, pasted into a blank page on another origin, shows the same stories
// with the same settings.

/** A value other than the default for each attribute, and whether the preview visibly changes. */
const VALUES: Record<string, [string, boolean]> = {
  limit: ['3', true], layout: ['list', true], image: ['thumbnail', true], 'image-position': ['right', true],
  excerpts: ['false', true], 'excerpt-length': ['8', true], categories: ['community', true], pager: ['true', true],
  expand: ['link', true], 'detail-page': ['/news/', false], heading: ['Parish news', true], 'heading-level': ['3', false],
  date: ['long', true], locale: ['es', true], 'time-zone': ['Pacific/Kiritimati', true], theme: ['dark', true],
  accent: ['#7a1f3d', true], target: ['_self', true], attribution: ['false', true], timeout: ['20', false],
  cache: ['60', false], loading: ['eager', false], refresh: ['5', false], proxy: ['https://proxy.example/?u={url}', true],
  strings: ['{"readMore": "Read it all"}', true], 'fallback-image': ['/demo/images/parish.svg', true],
  include: ['choir', true], exclude: ['choir', true], 'blur-images': ['all', true],
};

describe('the configurator', function () {
  this.timeout(120000);
  let frame: HTMLIFrameElement;
  let win: Window & typeof globalThis;
  let errors: string[];

  const doc = () => frame.contentDocument!;
  const widget = () => doc().querySelector('news-widget')!;
  const root = () => widget().shadowRoot!;
  const snippet = () => doc().getElementById('snippet')!.textContent!;
  const rendered = () => root().innerHTML.replace(/<!--[^]*?-->/g, '');
  const settled = () => waitUntil(() => root().querySelector('[aria-busy="false"], [part~="status"]:not([part~="stale"])'),
    'preview never settled', {timeout: 15000});

  function set(name: string, value: string): void {
    const control = doc().querySelector<HTMLInputElement | HTMLSelectElement>(`#controls [name="${name}"]`)!;
    expect(control, `control for ${name}`).to.exist;
    control.value = value;
    control.dispatchEvent(new Event('input', {bubbles: true}));
  }

  before(async () => {
    frame = document.createElement('iframe');
    frame.style.cssText = 'width: 1280px; height: 900px';
    const loaded = new Promise((resolve) => (frame.onload = resolve));
    frame.src = '/demo/index.html';
    document.body.append(frame);
    await loaded;
    win = frame.contentWindow as Window & typeof globalThis;
    errors = [];
    win.addEventListener('error', (event) => errors.push(event.message));
    win.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
    const consoleError = win.console.error;
    win.console.error = (...args: unknown[]) => {
      errors.push(args.map(String).join(' '));
      consoleError(...args);
    };
    await waitUntil(() => widget()?.shadowRoot?.querySelector('[part~="card"]'), 'preview never rendered', {timeout: 15000});
    await waitUntil(() => snippet().includes('integrity="sha384-'), 'snippet never got the integrity hash');
  });

  after(() => frame.remove());

  it('has a control, showing its default, for every attribute in the manifest', async () => {
    const manifest = await (await fetch('/dist/custom-elements.json')).json();
    const attributes: {name: string; default?: string}[] = manifest.modules.flatMap((m: {declarations?: unknown[]}) => m.declarations ?? [])
      .find((d: {tagName?: string}) => d.tagName === 'news-widget').attributes;
    for (const attribute of attributes.filter((a) => a.name !== 'feed')) {
      const control = doc().querySelector<HTMLInputElement>(`#controls [name="${attribute.name}"]`);
      expect(control, attribute.name).to.exist;
      const shown = (attribute.default ?? '').replace(/^'(.*)'$/, '$1').replace(/^undefined$/, '') || 'none';
      expect(control!.closest('label')!.textContent, attribute.name).to.contain(`default: ${shown}`);
      expect(VALUES[attribute.name], `a test value for ${attribute.name}`).to.exist;
    }
  });

  it('starts with a snippet of two lines: the script with integrity, and the element with only its feed', () => {
    const [script, element] = snippet().split('\n');
    expect(script).to.match(/^<script src="http:\/\/[^"]+\/dist\/news-widget\.js" integrity="sha384-[^"]+" crossorigin="anonymous" defer><\/script>$/);
    expect(element).to.match(/^<news-widget feed="http:\/\/[^"]+\/demo\/feeds\/wordpress-rss\.xml"><\/news-widget>$/);
  });

  for (const [name, [value, visible]] of Object.entries(VALUES)) {
    it(`${name}: changes the preview and the snippet, and back`, async () => {
      await settled();
      const before = rendered();
      set(name, value);
      expect(widget().getAttribute(name)).to.equal(value);
      expect(snippet()).to.contain(`${name}="${value.replace(/"/g, '&quot;')}"`);
      expect(new URLSearchParams(win.location.search).get(name), 'shareable address').to.equal(value);
      if (visible) await waitUntil(() => rendered() !== before, `${name} did not change the preview`, {timeout: 15000});
      const control = doc().querySelector<HTMLInputElement>(`#controls [name="${name}"]`)!;
      set(name, control.dataset.default!);
      expect(widget().hasAttribute(name)).to.equal(false);
      expect(snippet()).not.to.contain(` ${name}=`);
    });
  }

  it('feed presets and the address field change the preview and the snippet', async () => {
    const atom = doc().querySelector<HTMLInputElement>('input[name="preset"][value="feeds/atom.xml"]')!;
    atom.click();
    expect(widget().getAttribute('feed')).to.match(/\/demo\/feeds\/atom\.xml$/);
    expect(snippet()).to.match(/feed="http:[^"]+\/demo\/feeds\/atom\.xml"/);
    set('url', new URL('/demo/feeds/feed.json', location.href).href);
    expect(widget().getAttribute('feed')).to.match(/feed\.json$/);
    expect(snippet()).to.contain('feeds/feed.json');
    doc().querySelector<HTMLInputElement>('input[name="preset"][value="feeds/wordpress-rss.xml"]')!.click();
  });

  it('previews at phone, tablet and desktop widths, on a light, dark or custom background and font', () => {
    const stage = doc().getElementById('stage')!;
    const page = doc().getElementById('page')!;
    set('width', '390');
    expect(stage.getBoundingClientRect().width).to.be.at.most(390);
    set('width', '768');
    expect(stage.getBoundingClientRect().width).to.be.at.most(768);
    set('width', '');
    set('background', 'dark');
    expect(win.getComputedStyle(page).backgroundColor).to.equal('rgb(22, 22, 22)');
    set('background', 'custom');
    set('color', '#336699');
    expect(win.getComputedStyle(page).backgroundColor).to.equal('rgb(51, 102, 153)');
    set('font', 'custom');
    set('customFont', 'Courier New, monospace');
    expect(win.getComputedStyle(page).fontFamily).to.contain('Courier New');
    expect(snippet(), 'the page settings are not part of the snippet').not.to.contain('336699');
    set('background', 'light');
    set('font', 'serif');
  });

  it('the copied snippet, pasted into a blank page on another origin, shows the same stories the same way', async () => {
    for (const [name, value] of [['layout', 'list'], ['limit', '3'], ['theme', 'dark'], ['locale', 'es'], ['heading', 'Noticias']]) {
      set(name, value);
    }
    await settled();
    await waitUntil(() => root().querySelectorAll('[part~="card"]').length === 3);
    // The Copy button puts exactly the snippet on the clipboard (or selects it, without permission).
    const copied = new Promise<string>((resolve) => {
      Object.defineProperty(win.navigator, 'clipboard', {configurable: true, value: {writeText: async (text: string) => resolve(text)}});
    });
    doc().getElementById('copy')!.click();
    const text = await copied;
    expect(text).to.equal(snippet());

    const blank = document.createElement('iframe');
    // In view, as a church page's widget is: the widget loads lazily.
    blank.style.cssText = 'position: fixed; top: 0; left: 0; width: 800px; height: 600px';
    const loaded = new Promise((resolve) => (blank.onload = resolve));
    blank.src = `${OTHER_ORIGIN}/test/fixtures/pages/paste.html`;
    document.body.append(blank);
    await loaded;
    const report = new Promise<{titles: string[]; base: string; lang: string; heading: string; errors: string[]}>((resolve) =>
      window.addEventListener('message', (event) => resolve(event.data), {once: true}));
    blank.contentWindow!.postMessage(text, '*');
    const pasted = await report;
    blank.remove();

    const titles = [...root().querySelectorAll('[part~="title"]')].map((title) => title.textContent!.trim());
    expect(pasted.titles).to.deep.equal(titles);
    expect(pasted.base).to.equal(root().querySelector('[part~="base"]')!.className);
    expect(pasted.lang).to.equal('es');
    expect(pasted.heading).to.equal('Noticias');
    expect(pasted.errors).to.deep.equal([]);
  });

  it('logged no errors', () => {
    expect(errors).to.deep.equal([]);
  });
});
