import {expect} from '@open-wc/testing';
import '../src/define.js';
import type {NewsWidget} from '../src/news-widget.js';
import {DEMO, capturingWarnings, cards, settled, shadow} from './helpers/widget.js';
import {contrast, rgb} from '../src/colours.js';

// The pages a volunteer pastes the widget into: sidebars inside wide pages, dark and mid-grey
// themes, themes that set `html { font-size: 62.5% }`.

/** A wide page with a column of `width` px holding a widget with `attrs`; `style` is the page's CSS. */
async function onPage(width: number, attrs: Record<string, string>, style = ''): Promise<{el: NewsWidget; done: () => void}> {
  const sheet = document.createElement('style');
  sheet.textContent = style;
  document.head.append(sheet);
  const column = document.createElement('aside');
  column.style.cssText = `width:${width}px;margin-inline-start:40px`;
  const el = document.createElement('news-widget') as NewsWidget;
  for (const [name, value] of Object.entries({feed: `${DEMO}wordpress-rss.xml`, limit: '3', cache: '0', loading: 'eager', ...attrs})) {
    el.setAttribute(name, value);
  }
  column.append(el);
  document.body.append(column);
  await settled(el);
  return {el, done: () => (column.remove(), sheet.remove())};
}

/** Words of the card's text broken across two lines: a word whose range has more than one line box. */
function brokenWords(root: ShadowRoot): string[] {
  const broken: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (!node.parentElement?.closest('[part~="card"]') || !node.parentElement.getClientRects().length) continue;
    for (const match of node.data.matchAll(/\S+/g)) {
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      if (tops.size > 1) broken.push(match[0]);
    }
  }
  return broken;
}

describe('church pages', () => {
  before(() => {
    // Wide enough that the viewport never decides the layout: only the column does.
    document.body.style.minWidth = '1400px';
  });
  after(() => {
    document.body.style.minWidth = '';
  });

  for (const width of [160, 200, 320, 1200]) {
    it(`fits a ${width} px column in every layout and picture position: nothing overflows, no word is broken`, async () => {
      for (const layout of ['cards', 'list', 'headlines']) {
        for (const position of ['top', 'left', 'right']) {
          for (const image of ['full', 'thumbnail']) {
            const what = `${layout}, image-position=${position}, image=${image}`;
            const {el, done} = await onPage(width, {layout, 'image-position': position, image});
            try {
              const box = el.getBoundingClientRect();
              expect(box.width, what).to.be.at.most(width + 0.5);
              for (const card of cards(el)) {
                expect(card.scrollWidth, `${what}: card overflows`).to.be.at.most(card.clientWidth + 1);
                for (const part of card.querySelectorAll('*')) {
                  const r = part.getBoundingClientRect();
                  if (r.width) expect(r.right, `${what}: ${part.className} sticks out`).to.be.at.most(box.right + 1);
                }
              }
              expect(brokenWords(shadow(el)), what).to.deep.equal([]);
            } finally {
              done();
            }
          }
        }
      }
    });
  }

  for (const [name, page] of [
    ['a dark theme', 'body { background: #15171c; color: #e6e6e6 }'],
    ['a mid-grey theme with white text', 'body { background: #6b6f76; color: #fff }'],
    ['a light theme', 'body { background: #fdfcf8; color: #222 }'],
  ]) {
    it(`reads well on ${name} with default attributes (axe, and 4.5:1 for links and muted text)`, async () => {
      const {el, done} = await onPage(900, {}, page);
      try {
        await expect(el).to.be.accessible();
        const background = rgb(getComputedStyle(document.body).backgroundColor)!;
        for (const part of ['toggle', 'meta']) {
          const color = rgb(getComputedStyle(cards(el)[0].querySelector(`[part~="${part}"]`)!).color)!;
          expect(contrast(color, background), part).to.be.at.least(4.5);
        }
      } finally {
        done();
      }
    });
  }

  it('keeps an accent the page chose, and says once that it is hard to read there', async () => {
    const {result, warnings} = await capturingWarnings(async () => {
      const {el, done} = await onPage(600, {accent: '#1a5fb4'}, 'body { background: #15171c; color: #eee }');
      const color = getComputedStyle(cards(el)[0].querySelector('[part~="toggle"]')!).color;
      el.setAttribute('limit', '2');
      await el.updateComplete;
      done();
      return color;
    });
    expect(result).to.equal('rgb(26, 95, 180)');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/accent rgb\(26, 95, 180\) has a contrast of 2\.\d:1/);
  });

  it('under html { font-size: 62.5% } cards are as wide and as padded as on a 100 % page', async () => {
    const measure = (el: NewsWidget) => cards(el).map((card) => {
      const body = getComputedStyle(card.querySelector('[part~="body"]')!);
      return [Math.round(card.getBoundingClientRect().width), body.paddingInlineStart, body.paddingBlockStart, body.rowGap];
    });
    const normal = await onPage(1100, {limit: '4'}, 'body { font-size: 16px }');
    const before = measure(normal.el);
    normal.done();
    const small = await onPage(1100, {limit: '4'}, 'html { font-size: 62.5% } body { font-size: 1.6rem }');
    const after = measure(small.el);
    small.done();
    expect(after).to.deep.equal(before);
    expect(before[0][0]).to.be.greaterThan(230);
  });
});
