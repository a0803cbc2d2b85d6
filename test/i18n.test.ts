import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../src/define.js';
import type {NewsWidget} from '../src/news-widget.js';
import {pickLocale, plural, strings} from '../src/i18n/index.js';
import {en} from '../src/i18n/en.js';
import {cards, DEMO, settled, shadow} from './helpers/widget.js';

const RSS = `${DEMO}wordpress-rss.xml`;
const LANGUAGES = ['en', 'es', 'pt', 'fr', 'de', 'ko', 'zh', 'ar'];

async function inLanguage(wrapper: string, attrs = ''): Promise<NewsWidget> {
  const host = await fixture(html`<div></div>`);
  host.innerHTML = wrapper.replace('WIDGET', `<news-widget feed="${RSS}" loading="eager" cache="0" limit="2" ${attrs}></news-widget>`);
  return settled(host.querySelector('news-widget')!);
}

const toggleText = (el: NewsWidget) => shadow(el).querySelector('[part~="toggle"]')!.firstChild!.textContent!.trim() ||
  shadow(el).querySelector('[part~="toggle"]')!.textContent!.split(':')[0].trim();

describe('languages', () => {
  it('bundles every string in all eight languages, none left in English', () => {
    for (const lang of LANGUAGES.slice(1)) {
      const t = strings(lang);
      expect(Object.keys(t).sort(), lang).to.deep.equal(Object.keys(en).sort());
      for (const key of ['loading', 'empty', 'error', 'readMore', 'readLess', 'more', 'back'] as const) {
        expect(t[key], `${lang} ${key}`).not.to.equal(en[key]);
      }
    }
  });

  it('chooses the locale attribute, then the nearest lang, the document, the browser; English otherwise', () => {
    expect(pickLocale(['es', 'de'])).to.equal('es');
    expect(pickLocale(['', 'pt-br', 'de'])).to.equal('pt-BR');
    expect(pickLocale([null, 'ja', 'ko-KR'])).to.equal('ko-KR');
    expect(pickLocale(['not a tag!', 'ja'])).to.equal('en');
  });

  it('renders the widget in the nearest lang, with dates and plurals from Intl', async () => {
    const el = await inLanguage('<section lang="es">WIDGET</section>');
    expect(toggleText(el)).to.equal('Leer la noticia completa');
    expect(shadow(el).querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('es');
    expect(cards(el)[0].querySelector('time')!.textContent).to.match(/nov/i);
    await waitUntil(() => shadow(el).querySelector('[role="status"]')!.textContent === '2 noticias cargadas');
    expect(plural(strings('es').loaded, 1, 'es')).to.equal('1 noticia cargada');
  });

  it('the locale attribute wins over the page', async () => {
    const el = await inLanguage('<section lang="fr">WIDGET</section>', 'locale="de"');
    expect(toggleText(el)).to.equal('Ganzen Artikel lesen');
  });

  it('Arabic reads right to left, with Arabic plural forms', async () => {
    const el = await inLanguage('<section lang="ar">WIDGET</section>');
    const base = shadow(el).querySelector('[part~="base"]')!;
    expect(base.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(cards(el)[0]).direction).to.equal('rtl');
    expect(plural(strings('ar').loaded, 2, 'ar')).to.equal('تم تحميل خبرين');
    expect(plural(strings('ar').loaded, 3, 'ar')).to.match(/أخبار$/);
    // The toggle sits at the start of the line, which in Arabic is the right.
    const card = cards(el)[0].getBoundingClientRect();
    const toggle = shadow(el).querySelector('[part~="toggle"]')!.getBoundingClientRect();
    expect(card.right - toggle.right).to.be.below(toggle.left - card.left);
  });

  it('Korean and Chinese', async () => {
    expect(toggleText(await inLanguage('<div lang="ko">WIDGET</div>'))).to.equal('기사 전문 읽기');
    expect(toggleText(await inLanguage('<div lang="zh-Hans">WIDGET</div>'))).to.equal('阅读全文');
  });

  it('a site can override any single string, as JSON in the strings attribute', async () => {
    const el = await inLanguage('<div lang="es">WIDGET</div>', `strings='{"readMore": "Leer más", "from": "Noticias de"}'`);
    expect(toggleText(el)).to.equal('Leer más');
    expect(shadow(el).querySelector('[part~="attribution"]')!.textContent).to.contain('Noticias de');
    expect(shadow(el).querySelector('[part~="excerpt"]')).to.exist;
  });

  it('ignores overrides of the wrong type instead of breaking', async () => {
    expect(strings('en', {readMore: 5, loaded: 'x', nonsense: 'y'} as never).readMore).to.equal('Read the full story');
    const el = await inLanguage('<div>WIDGET</div>', `strings='{"by": 7, "readMore": "Read on"}'`);
    expect(toggleText(el)).to.equal('Read on');
    expect(cards(el)[0].querySelector('[part~="meta"]')!.textContent).to.contain('By ');
  });
});
