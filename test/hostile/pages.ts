import {buildFeed} from './build.js';

// The second hostile corpus: whole pages. Each case is a host page (its markup, its storage, its
// referrer policy, its encoding), a widget's attributes and a feed, aimed at one class of attack
// from issue 13 (the ninth, a page's encoding, is in test/e2e/hardening.test.ts itself, since it
// needs a page on another origin). test/e2e/hardening.test.ts serves each as a real page with the built bundle and
// checks what every case must hold (no canary, no error in the page, a widget that shows
// something, only http(s) URLs, no referrer beyond the origin) and then the case's own `check`.

export type AttackClass =
  | 'url' | 'backtracking' | 'bomb' | 'huge' | 'throwing' | 'clobbering' | 'leak' | 'storage';

/** What a case's `check` gets: the page's window, the widget and what the servers saw. */
export interface AttackContext {
  win: Window & {__xssCalls: number; __errors: string[]};
  el: HTMLElement;
  root: ShadowRoot;
  /** The Referer of each request for the feed, as its server logged them. */
  feedLog(): Promise<{referer: string | null}[]>;
  /** Same for the picture the case stashed with `picture`. */
  pictureLog(): Promise<{referer: string | null}[]>;
  /** The picture's absolute address (on the other origin). */
  picture: string;
  /** The feed's absolute address (on the other origin). */
  feed: string;
}

export interface PageAttack {
  cls: AttackClass;
  name: string;
  /** The feed's body; `{{picture}}` stands for the stashed picture's address. */
  feed?: string;
  /** Its content type; RSS by default. */
  type?: string;
  /** More attributes for the widget. */
  attrs?: string;
  /** Markup in the page's body before the widget and the script. */
  host?: string;
  /** Markup in the page's head. */
  head?: string;
  /** localStorage entries written before the script runs, given the storage key of the feed. */
  storage?: (key: string) => Record<string, string>;
  /** Script run after the widget is in the page and before the bundle upgrades it. */
  script?: string;
  check?: (ctx: AttackContext) => Promise<void> | void;
}

const a = (cls: AttackClass, name: string, rest: Omit<PageAttack, 'cls' | 'name'> = {}): PageAttack => ({cls, name, ...rest});

/** A plain RSS feed of one story (the corpus's default feed). */
export const SAFE_FEED = buildFeed('rss', {});

/** An RSS feed of `items`. */
export const rss = (items: string, channel = '<title>Feed</title><link>https://news.example.org/</link>') =>
  `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" ` +
  `xmlns:media="http://search.yahoo.com/mrss/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>${channel}${items}</channel></rss>`;

/** One story with `inner` added. */
export const item = (inner: string) => `<item><title>Story</title><link>https://news.example.org/1</link>${inner}</item>`;

/** A cached entry for the feed, with `change` applied to a well-formed one. */
const cached = (change: (entry: {time: number; limit: number; feed: Record<string, unknown> & {items: Record<string, unknown>[]}}) => void) =>
  (key: string) => {
    const entry = {
      time: Date.now() - 1000, limit: 5,
      feed: {
        title: 'Cached', link: 'https://news.example.org/', format: 'rss',
        items: [{id: 'c1', title: 'Cached story', link: 'https://news.example.org/c1', date: '2026-11-01T10:00:00.000Z',
          author: null, categories: [], summary: 'Cached summary', content: '<p>Cached content</p>',
          base: 'https://news.example.org/', image: null}],
      },
    };
    change(entry);
    return {[`news-widget:1:${key}`]: JSON.stringify(entry)};
  };

const DETAIL = 'expand="page" detail-page';
const CLOBBER_IDS = [
  'litHtmlVersions', 'reactiveElementVersions', 'litElementVersions', 'litHtmlPolyfillSupport',
  'reactiveElementPolyfillSupport', 'litElementPolyfillSupport', 'litElementHydrateSupport', 'litPropertyMetadata',
  'ShadyCSS', 'trustedTypes', 'addEventListener', 'removeEventListener',
];
const CLOBBER_NAMES = [
  'createTreeWalker', 'createElement', 'createComment', 'createTextNode', 'importNode', 'baseURI', 'implementation',
  'addEventListener', 'removeEventListener', 'documentElement', 'hidden',
];

export const ATTACKS: PageAttack[] = [
  // 1. Script through attributes and storage: every URL passes one http(s) check.
  a('url', 'detail-page javascript:', {attrs: `${DETAIL}="javascript:__xss()"`}),
  a('url', 'detail-page with tabs and newlines', {attrs: `${DETAIL}="\tjava&#10;script:__xss()"`}),
  a('url', 'detail-page in mixed case', {attrs: `${DETAIL}="JaVaScRiPt:__xss()//"`}),
  a('url', 'detail-page data:', {attrs: `${DETAIL}="data:text/html,&lt;script&gt;parent.__xss()&lt;/script&gt;"`}),
  a('url', 'detail-page vbscript:', {attrs: `${DETAIL}="vbscript:msgbox(1)"`}),
  a('url', 'detail-page set by script', {attrs: 'expand="page"', script: 'el.detailPage = "javascript:__xss()"'}),
  a('url', 'cached feed link javascript:', {storage: cached((e) => (e.feed.link = 'javascript:__xss()'))}),
  a('url', 'cached story link javascript:', {storage: cached((e) => (e.feed.items[0].link = ' javascript:__xss()'))}),
  a('url', 'cached picture javascript:', {storage: cached((e) => (e.feed.items[0].image = {url: 'javascript:__xss()', alt: ''}))}),
  a('url', 'cached story base javascript:', {storage: cached((e) => (e.feed.items[0].base = 'javascript:__xss()//'))}),
  a('url', 'proxy javascript:', {attrs: 'proxy="javascript:__xss()//{url}"'}),
  a('url', 'credentials in a story link', {
    feed: rss(item('<guid>g</guid>').replace('https://news.example.org/1', 'https://user:secret@news.example.org/1')),
    check: ({root}) => {
      for (const link of root.querySelectorAll('a')) if (link.href.includes('secret')) throw new Error(`credentials kept: ${link.href}`);
    },
  }),

  // 2. Catastrophic backtracking: every expression that sees feed text is linear.
  a('backtracking', 'empty comments before <rss>', {feed: `${'<!---->'.repeat(40)}\n${SAFE_FEED.replace(/^<\?xml[^>]*>/, '')}`}),
  a('backtracking', '"Read more" and 100,000 dots', {feed: rss(item(`<description>Read more${'.'.repeat(100_000)}x</description>`))}),
  a('backtracking', '"Read more" and 50,000 »', {feed: rss(item(`<description>Continue reading ${'» '.repeat(50_000)}x</description>`))}),
  a('backtracking', '50,000 unclosed CDATA openers', {feed: rss(item(`<description>${'&lt;![CDATA['.repeat(1)}</description>`)) + '<![CDATA['.repeat(50_000)}),
  a('backtracking', '50,000 unclosed comment openers', {feed: rss(item('<description>x &nbsp; y</description>')).replace('<channel>', `<channel>${'<!--'.repeat(1)}-->`) + '<!--'.repeat(50_000)}),
  a('backtracking', '50,000 processing instructions after the feed', {feed: rss(item('<description>x &nbsp; y</description>')) + '<?x?>'.repeat(50_000)}),
  a('bomb', '1,000 namespaces declared, 10,000 elements using one', {feed: rss(item('<p1:x/>'.repeat(10_000)))
    .replace('<rss', `<rss${Array.from({length: 1000}, (_, i) => ` xmlns:p${i}="https://x.org/${i}"`).join('')}`)}),
  a('backtracking', '40,000 short CDATA sections with text between', {feed: rss(item(`<description>${'<![CDATA[a]]>x'.repeat(40_000)}</description>`))}),
  a('backtracking', 'unclosed CDATA openers in a broken feed', {feed: rss(item(`<description>&nbsp;${'<![CDATA[x'.repeat(30_000)}</description>`))}),
  a('backtracking', '30,000 unclosed <img in a story', {feed: rss(item(`<content:encoded><![CDATA[<p>Text</p>${'<img src=x '.repeat(30_000)}]]></content:encoded>`))}),
  a('backtracking', 'an author of 50,000 "("', {feed: rss(item(`<author>${'('.repeat(50_000)}</author>`))}),
  a('backtracking', 'an author of 50,000 "<"', {feed: rss(item(`<author>a${'&lt;'.repeat(50_000)}</author>`))}),
  a('backtracking', '100,000 letters after an ampersand', {feed: rss(item(`<description>&${'a'.repeat(100_000)} &amp;</description>`)).replace('<title>Story', '<title>Story &nbsp;')}),
  a('backtracking', 'a date of 100,000 letters', {feed: rss(item(`<pubDate>${'a'.repeat(100_000)}</pubDate>`))}),
  a('backtracking', 'an unclosed end tag of 100,000 letters', {feed: rss(item('') + `</${'a'.repeat(100_000)}`), attrs: 'limit="1"'}),

  // 3. Parser bombs: no DTD reaches the XML parser; what summaries and pictures parse is bounded.
  a('bomb', 'an entity of 20,000 characters used 20,000 times', {
    feed: `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY big "${'x'.repeat(20_000)}">]>${rss(item(`<description>${'&big;'.repeat(20_000)}</description>`)).replace(/^<\?xml[^>]*>/, '')}`,
  }),
  a('bomb', 'billion laughs', {
    feed: `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY l0 "ha">${Array.from({length: 9}, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join('')}]>` +
      rss(item('<description>&l9;</description>')).replace(/^<\?xml[^>]*>/, ''),
  }),
  a('bomb', 'a DTD subset with "]>" in a quoted value', {
    feed: `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY q "]>"><!ENTITY big "${'y'.repeat(20_000)}">]>${rss(item(`<description>${'&big;'.repeat(10_000)}</description>`)).replace(/^<\?xml[^>]*>/, '')}`,
  }),
  a('bomb', '100,000 nested <b> in a WordPress excerpt', {
    type: 'application/json',
    feed: JSON.stringify([{id: 1, link: 'https://news.example.org/1', title: {rendered: 'Nested'}, excerpt: {rendered: '<b>'.repeat(100_000) + 'deep'},
      content: {rendered: '<p>Body</p>'}, date_gmt: '2026-11-26T10:00:00'}]),
  }),
  a('bomb', '100,000 paragraphs in a description', {feed: rss(item(`<description><![CDATA[${'<p>x</p>'.repeat(100_000)}]]></description>`))}),
  a('bomb', '60,000 distinct unknown entities', {
    feed: rss(item(`<description>${Array.from({length: 60_000}, (_, i) => `&u${i.toString(36)};`).join(' ')}</description>`)),
  }),
  a('bomb', 'a 10 MB JSON Feed story', {
    type: 'application/json',
    feed: JSON.stringify({version: 'https://jsonfeed.org/version/1.1', title: 'Big', items: [{id: '1', url: 'https://news.example.org/1',
      title: 'Big story', content_html: `<p>${'Word '.repeat(2_000_000)}</p>`}]}),
  }),

  // 4. Huge fields: titles, authors, categories and summaries are capped.
  a('huge', 'a title of 3 MB', {feed: rss(item('').replace('<title>Story</title>', `<title>${'Long title '.repeat(300_000)}</title>`))}),
  a('huge', 'an author of 1 MB', {feed: rss(item(`<dc:creator>${'Name '.repeat(200_000)}</dc:creator>`))}),
  a('huge', '10,000 categories', {feed: rss(item(Array.from({length: 10_000}, (_, i) => `<category>c${i}</category>`).join('')))}),
  a('huge', 'a feed title of 2 MB', {feed: rss(item(''), `<title>${'Feed '.repeat(400_000)}</title>`)}),
  a('huge', 'a cached title of 200,000 characters', {storage: cached((e) => (e.feed.items[0].title = 'T '.repeat(100_000)))}),

  // 5. Throwing into the page: attributes and storage are checked field by field.
  a('throwing', 'strings {"loaded": null}', {attrs: `strings='{"loaded": null}'`}),
  a('throwing', 'plural forms that are not text', {attrs: `strings='{"loaded": {"one": 5, "other": null}}'`}),
  a('throwing', 'strings with a null error text', {attrs: `strings='{"error": null, "error.http": 5}'`, feed: ''}),
  a('throwing', 'strings with __proto__', {attrs: `strings='{"__proto__": {"readMore": 1}, "constructor": "x"}'`}),
  a('throwing', 'strings set to a number by script', {script: 'el.strings = 5'}),
  a('throwing', 'a cached date that is garbage', {storage: cached((e) => (e.feed.items[0].date = 'not a date'))}),
  a('throwing', 'a cached link "http://"', {storage: cached((e) => (e.feed.items[0].link = 'http://'))}),
  a('throwing', 'a cached feed link that does not parse', {storage: cached((e) => (e.feed.link = 'http://[::'))}),
  a('throwing', 'cached items that are not an array', {storage: cached((e) => (e.feed.items = {length: 1} as never))}),
  a('throwing', 'a cached picture with a numeric URL', {storage: cached((e) => (e.feed.items[0].image = {url: 5, alt: 5}))}),
  a('throwing', 'a time zone set by script', {script: 'el.timeZone = "Mars/Olympus_Mons"'}),
  a('throwing', 'detail-page set to a number by script', {attrs: 'expand="page"', script: 'el.detailPage = 5'}),

  // 6. Clobbering: page elements named like what Lit or the widget reads.
  ...CLOBBER_IDS.map((id) => a('clobbering', `an element with id="${id}"`, {host: `<div id="${id}"></div><form id="${id}"></form>`})),
  ...CLOBBER_NAMES.map((name) => a('clobbering', `an <img> and a <form> named "${name}"`, {host: `<img name="${name}"><form name="${name}"></form>`})),

  // 7. Leaks: the church's origin at most, to the feed, pictures and links; no pixel loads.
  a('leak', 'the feed request under an unsafe-url referrer policy', {
    head: '<meta name="referrer" content="unsafe-url">',
    check: async ({feedLog, win}) => {
      for (const {referer} of await feedLog()) {
        if (referer && referer !== `${win.location.origin}/`) throw new Error(`the feed server saw ${referer}`);
      }
    },
  }),
  a('leak', 'a picture under an unsafe-url referrer policy', {
    head: '<meta name="referrer" content="unsafe-url">',
    feed: rss(item('<media:content url="{{picture}}" medium="image" width="600" height="400"/>')),
    check: async ({root, pictureLog}) => {
      const img = root.querySelector<HTMLImageElement>('[part~="image"]')!;
      await new Promise((resolve) => (img.complete ? resolve(null) : img.addEventListener('load', resolve, {once: true})));
      const log = await pictureLog();
      if (!log.length || log.some(({referer}) => referer)) throw new Error(`picture requests: ${JSON.stringify(log)}`);
    },
  }),
  a('leak', 'a 1x1 picture in media:content', {
    feed: rss(item('<media:content url="{{picture}}" medium="image" width="1" height="1"/>')),
    check: ({root, picture}) => {
      if (root.querySelector(`img[src="${picture}"]`)) throw new Error('the pixel is shown');
    },
  }),
  a('leak', 'a 1x1 picture as an enclosure', {
    feed: rss(item('<enclosure url="{{picture}}?w=1" type="image/gif" length="43"/><media:thumbnail url="{{picture}}" width="2" height="1"/>')),
    check: ({root}) => {
      if (root.querySelector('[part~="image"]')) throw new Error('a pixel is shown');
    },
  }),
  a('leak', 'credentials in a picture address', {
    feed: rss(item('<media:content url="https://user:pass@news.example.org/a.jpg" medium="image"/>')),
    check: ({root}) => {
      const src = root.querySelector<HTMLImageElement>('[part~="image"]')?.getAttribute('src');
      if (src !== 'https://news.example.org/a.jpg') throw new Error(`picture address ${src}`);
    },
  }),

  // 8. Storage: a future date, srcset candidates, and keys that are not ours.
  a('storage', 'a cached entry dated in the far future', {
    storage: cached((e) => (e.time = Date.now() + 1e12)),
    check: async ({feedLog}) => {
      if (!(await feedLog()).length) throw new Error('the entry from the future was taken as fresh');
    },
  }),
  a('storage', 'a cached srcset with javascript:', {
    storage: cached((e) => (e.feed.items[0].image = {url: 'https://news.example.org/a.jpg', alt: '', srcset: 'javascript:__xss() 1x, https://news.example.org/b.jpg 2x'})),
    attrs: 'cache="86400"',
  }),
  a('storage', 'a host key that starts with news-widget:', {
    script: 'localStorage.setItem("news-widget:settings", "the host\'s"); localStorage.setItem("news-widget:0:x", "also the host\'s")',
    check: ({win}) => {
      if (win.localStorage.getItem('news-widget:settings') !== 'the host\'s' || win.localStorage.getItem('news-widget:0:x') === null) {
        throw new Error('a host key was deleted');
      }
    },
  }),

];
