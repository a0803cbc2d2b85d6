import {expect} from '@open-wc/testing';
import {emulateMedia, sendKeys} from '@web/test-runner-commands';
import type {NewsWidget} from '../src/news-widget.js';
import {DEMO, cards, shadow, stash, toggle, widget} from './helpers/widget.js';

// Pictures that wait (issue 19, part 4): with blur-images, the pictures of the stories it names stay
// blurred until the visitor presses "Show picture", whose words say why they are hidden.

const RSS = `${DEMO}wordpress-rss.xml`;
/** Whether a picture is blurred; null for a card without one (the fifth story of the sample has none). */
const blurred = (img: Element | null) => img && /blur\(/.test(getComputedStyle(img).filter);
const reveals = (el: NewsWidget) => [...shadow(el).querySelectorAll<HTMLButtonElement>('[part~="reveal"]')];

describe('blur-images', function () {
  this.timeout(30000);

  it('blurs only the matching stories\' pictures, says why on the button, and shows them on a press', async () => {
    const el = await widget(RSS, 'blur-images="Disaster relief, choir"');
    const pictures = cards(el).map((card) => card.querySelector('[part~="image"]'));
    expect(pictures.map(blurred)).to.deep.equal([false, true, true, false, null]);
    expect(reveals(el).map((b) => b.textContent!.trim())).to.deep.equal(['Show picture (Disaster relief)', 'Show picture (choir)']);
    // The button is in the story it unblurs, before its title.
    expect(reveals(el)[0].closest('[part~="card"]')).to.equal(cards(el)[1]);
    await expect(el).to.be.accessible();
    reveals(el)[0].click();
    await el.updateComplete;
    expect(blurred(cards(el)[1].querySelector('[part~="image"]')!)).to.equal(false);
    expect(blurred(cards(el)[2].querySelector('[part~="image"]')!)).to.equal(true);
    expect(reveals(el)).to.have.length(1);
    // Focus does not fall to the top of the page: it goes to the story's title.
    expect(shadow(el).activeElement).to.equal(cards(el)[1].querySelector('[part~="title"] a'));
  });

  it('with "all", blurs every picture, in the card and in the open story, until shown, from the keyboard too', async () => {
    const el = await widget(RSS, 'blur-images="all" theme="dark"');
    expect(cards(el).map((card) => blurred(card.querySelector('[part~="image"]')))).to.deep.equal([true, true, true, true, null]);
    // A story without a picture has nothing to show, and no button.
    expect(reveals(el).map((b) => b.textContent!.trim())).to.deep.equal(Array(4).fill('Show picture'));
    await expect(el).to.be.accessible();
    // A story with a picture in its text: that one waits too, and one press shows both.
    const picture = new URL('/demo/images/choir.svg', location.href).href;
    const feed = await stash(`<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>N</title>
      <item><title>Choir</title><link>https://church.example/choir</link><description>Sung.</description>
      <content:encoded><![CDATA[<p>The choir sang.</p><p><img src="${picture}" alt="The choir"></p>]]></content:encoded></item>
      <item><title>Other</title><link>https://church.example/other</link><description>Other.</description></item>
      </channel></rss>`, 'application/rss+xml');
    const story = await widget(feed, 'blur-images="all"');
    await toggle(story, 0);
    const card = cards(story)[0];
    const [own, inStory] = [card.querySelector('[part~="image"]')!, card.querySelector('[part~="content"] img')!];
    expect([blurred(own), blurred(inStory)]).to.deep.equal([true, true]);
    // The story without a picture, closed, offers nothing to show.
    expect(reveals(story)).to.have.length(1);
    reveals(story)[0].focus();
    await sendKeys({press: 'Enter'});
    await story.updateComplete;
    expect([blurred(own), blurred(inStory)]).to.deep.equal([false, false]);
    expect(shadow(story).activeElement).to.equal(card.querySelector('[part~="title"] a'));
  });

  it('holds under forced colours, where the button keeps its border', async () => {
    let emulated = true;
    try {
      await emulateMedia({forcedColors: 'active'});
    } catch {
      emulated = false; // WebDriver engines cannot emulate it; the rules are the same.
    }
    try {
      const el = await widget(RSS, 'blur-images="all"');
      expect(blurred(cards(el)[0].querySelector('[part~="image"]')!)).to.equal(true);
      if (emulated && matchMedia('(forced-colors: active)').matches) {
        expect(getComputedStyle(reveals(el)[0]).borderTopStyle).to.equal('solid');
      }
    } finally {
      if (emulated) await emulateMedia({forcedColors: 'none'});
    }
  });

  it('blurs nothing by default, and in the visitor\'s language', async () => {
    const plain = await widget(RSS);
    expect(reveals(plain)).to.have.length(0);
    const es = await widget(RSS, 'blur-images="all" lang="es"');
    expect(reveals(es)[0].textContent!.trim()).to.equal('Mostrar imagen');
  });
});
