import {expect, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {NewsWidget} from '../src/news-widget.js';
import {sanitize} from '../src/sanitize.js';
import {FEEDS, cards, shadow, stash, toggle, widget} from './helpers/widget.js';

// Sermons that play and videos that load only when asked (issue 19): the widget's own <audio>,
// <video> and facade buttons, never feed markup; nothing downloads before the visitor presses play.

/** What the test server has been asked for at a stashed address. */
const requests = async (url: string): Promise<unknown[]> => (await fetch(`${url}/log`)).json();

async function podcast(): Promise<{feed: string; media: string[]}> {
  const media = [await stash('RIFF sermon one', 'audio/mpeg'), await stash('RIFF sermon two', 'audio/mp4'),
    await stash('video bytes', 'video/mp4')];
  const item = (n: number, url: string, type: string, duration: string) => `<item><title>Sermon ${n}</title>
    <link>https://church.example/s${n}</link><guid>s${n}</guid><pubDate>Sun, ${29 - n * 7} Nov 2026 16:00:00 GMT</pubDate>
    <itunes:summary>What the sermon ${n} is about.</itunes:summary>
    <enclosure url="${new URL(url, location.href).href}" type="${type}" length="1000"/><itunes:duration>${duration}</itunes:duration></item>`;
  const feed = await stash(`<?xml version="1.0"?><rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">
    <channel><title>Grace Chapel Sermons</title><link>https://church.example/</link>
    <itunes:image href="${new URL('/demo/images/choir.svg', location.href).href}"/>
    ${item(1, media[0], 'audio/mpeg', '45:32')}${item(2, media[1], 'audio/x-m4a', '1:02:03')}${item(3, media[2], 'video/mp4', '600')}
    </channel></rss>`, 'application/rss+xml');
  return {feed, media};
}

const players = (el: NewsWidget) => [...shadow(el).querySelectorAll<HTMLMediaElement>('audio, video')];

describe('sermons and podcasts', function () {
  this.timeout(30000);

  it('shows each episode\'s length, and in the list layout a player on the card that loads nothing', async () => {
    const {feed, media} = await podcast();
    const el = await widget(feed, 'layout="list"');
    expect(cards(el).map((card) => card.querySelector('[part~="duration"]')?.textContent?.trim())).to.deep.equal(['46 min', '62 min', '10 min']);
    const found = players(el);
    expect(found.map((p) => p.localName)).to.deep.equal(['audio', 'audio', 'video']);
    for (const [i, player] of found.entries()) {
      expect(player.controls, 'controls').to.equal(true);
      expect(player.getAttribute('preload')).to.equal('none');
      expect(player.src).to.equal(new URL(media[i], location.href).href);
      expect(player.getAttribute('aria-label')).to.equal(`Sermon ${i + 1}`);
    }
    expect((found[2] as HTMLVideoElement).poster).to.match(/\/demo\/images\/choir\.svg$/);
    // Nothing was downloaded: once each player has chosen its source, it has asked the server for nothing.
    await waitUntil(() => found.every((p) => p.networkState !== HTMLMediaElement.NETWORK_EMPTY), 'players never chose a source');
    for (const url of media) expect(await requests(url), url).to.deep.equal([]);
    expect(await requests(feed)).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('in cards, shows the player when the story is expanded, and a story with only a sermon can be expanded', async () => {
    const {feed, media} = await podcast();
    const el = await widget(feed, 'excerpt-length="50"');
    expect(players(el)).to.have.length(0);
    await toggle(el, 0);
    const [audio] = players(el);
    expect(audio.closest('[part~="card"]')).to.equal(cards(el)[0]);
    expect(audio.src).to.equal(new URL(media[0], location.href).href);
    expect(cards(el)[2].querySelector('[part~="image"]'), 'the picture before the video is open').to.exist;
    await toggle(el, 2);
    expect(players(el).map((p) => p.localName)).to.deep.equal(['audio', 'video']);
    // The open video shows its picture once: as the player's poster, not also above it.
    expect(cards(el)[2].querySelector('[part~="image"]')).to.equal(null);
    expect((players(el)[1] as HTMLVideoElement).poster).to.match(/choir\.svg$/);
    for (const url of media) expect(await requests(url), url).to.deep.equal([]);
    await expect(el).to.be.accessible();
    el.setAttribute('theme', 'dark');
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('says the length in the visitor\'s language', async () => {
    const {feed} = await podcast();
    const el = await widget(feed, 'lang="de"');
    expect(cards(el)[0].querySelector('[part~="duration"]')?.textContent?.trim()).to.match(/^46\sMin\.?$/);
  });

  it('plays the whole podcast fixture: show art, titles, durations', async () => {
    const el = await widget(`${FEEDS}podcast.xml`, 'layout="list" limit="5" image="thumbnail"');
    expect(cards(el).map((c) => c.querySelector('[part~="title"]')?.textContent?.trim()).slice(0, 2))
      .to.deep.equal(['Love Is Patient (1 Corinthians 13)', 'The Good Shepherd']);
    expect(cards(el)[0].querySelector('img')?.getAttribute('src')).to.equal('https://gracechapel.example.org/art/series-1400.jpg');
    expect(players(el)).to.have.length(4);
  });
});

/** A story whose content embeds what churches' stories do, served as RSS. */
async function embeds(attrs = ''): Promise<NewsWidget> {
  const content = `<p>Before the video.</p>
    <iframe width="560" height="315" src="https://www.youtube.com/embed/dQw4w9WgXcQ?si=x" title="Advent concert" frameborder="0" allowfullscreen></iframe>
    <p><iframe src="https://player.vimeo.com/video/76979871?h=abc" width="640" height="360"></iframe></p>
    <iframe src="https://maps.example.com/embed?pb=church"></iframe>
    <iframe src="javascript:alert(1)"></iframe><iframe srcdoc="&lt;script&gt;parent.pwned=1&lt;/script&gt;"></iframe>
    <p>https://youtu.be/abcdefghijk</p>
    <figure class="wp-block-embed is-type-video"><div class="wp-block-embed__wrapper">
    https://www.youtube.com/watch?v=ZYXWVUTSRQP&amp;t=30s
    </div></figure>
    <p><a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ">Watch our service</a> on YouTube.</p>
    <p>https://www.youtube.com/watch?v=dQw4w9WgXcQ is where it is.</p>`;
  const feed = await stash(`<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
    <channel><title>Parish news</title><item><title>Advent at St. Mark's</title><link>https://church.example/advent</link>
    <guid>advent</guid><description>Concerts, carols and a video.</description><content:encoded><![CDATA[${content}]]></content:encoded>
    </item></channel></rss>`, 'application/rss+xml');
  const el = await widget(feed, attrs);
  await toggle(el, 0);
  return el;
}

const facades = (el: NewsWidget) => [...shadow(el).querySelectorAll<HTMLButtonElement>('button[part~="video"]')];

describe('videos in stories', function () {
  this.timeout(30000);

  it('makes every YouTube or Vimeo video a facade with an accessible name, and no frame before a press', async () => {
    const el = await embeds();
    expect(shadow(el).querySelectorAll('iframe')).to.have.length(0);
    expect(facades(el).map((b) => b.getAttribute('aria-label'))).to.deep.equal([
      'Play video: Advent concert', 'Play video: Advent at St. Mark\'s', 'Play video: Advent at St. Mark\'s', 'Play video: Advent at St. Mark\'s',
    ]);
    expect(facades(el).map((b) => b.querySelector('img')?.getAttribute('src') ?? null)).to.deep.equal([
      'https://i.ytimg.com/vi/dQw4w9WgXcQ/hqdefault.jpg', null, 'https://i.ytimg.com/vi/abcdefghijk/hqdefault.jpg',
      'https://i.ytimg.com/vi/ZYXWVUTSRQP/hqdefault.jpg',
    ]);
    const content = shadow(el).querySelector('[part~="content"]')!;
    const other = [...content.querySelectorAll('a')].find((a) => /embedded/.test(a.textContent!))!;
    expect(other.textContent).to.equal('Open the embedded content (maps.example.com)');
    expect(other.href).to.equal('https://maps.example.com/embed?pb=church');
    expect(other.target).to.equal('_blank');
    expect(other.referrerPolicy).to.equal('strict-origin-when-cross-origin');
    // A link to a video with words of its own, and an address inside a sentence, stay as they are.
    expect(content.textContent).to.include('Watch our service on YouTube.');
    expect(content.textContent).to.include('is where it is.');
    expect(content.innerHTML).not.to.match(/javascript:|srcdoc|pwned/);
    expect((window as {pwned?: number}).pwned).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('makes exactly one player, from youtube-nocookie.com, on a press, and moves focus to it', async () => {
    const el = await embeds();
    const [first] = facades(el);
    first.click();
    const frames = shadow(el).querySelectorAll('iframe');
    expect(frames).to.have.length(1);
    const [frame] = frames;
    expect(frame.src).to.equal('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1');
    expect(frame.title).to.equal('Advent concert');
    // Read as attributes: what the browser acts on, whatever the engine's properties.
    expect(frame.getAttribute('allow')).to.include('autoplay');
    expect(frame.getAttribute('allow')).to.include('fullscreen');
    expect(frame.hasAttribute('allowfullscreen')).to.equal(true);
    expect(frame.getAttribute('referrerpolicy')).to.equal('strict-origin-when-cross-origin');
    expect(frame.getAttribute('part')).to.equal(null);
    expect(first.getAttribute('part')).to.equal('video');
    expect(shadow(el).activeElement).to.equal(frame);
    expect(facades(el)).to.have.length(3);
    facades(el)[0].click();
    const vimeo = [...shadow(el).querySelectorAll('iframe')].map((f) => f.src);
    expect(vimeo).to.deep.equal(['https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1', 'https://player.vimeo.com/video/76979871?autoplay=1']);
    // The story is kept as it is when collapsed and expanded again: the player stays, nothing is made twice.
    await toggle(el, 0);
    await toggle(el, 0);
    expect(shadow(el).querySelectorAll('iframe')).to.have.length(2);
  });

  it('plays from the keyboard: Enter on the facade makes the player, and dark passes axe', async () => {
    const el = await embeds('theme="dark"');
    await expect(el).to.be.accessible();
    facades(el)[1].focus();
    await sendKeys({press: 'Enter'});
    await waitUntil(() => shadow(el).querySelector('iframe'), 'Enter made no player');
    expect(shadow(el).querySelector('iframe')!.src).to.equal('https://player.vimeo.com/video/76979871?autoplay=1');
    expect(shadow(el).activeElement?.localName).to.equal('iframe');
  });

  it('expands a YouTube channel feed\'s video into its facade and description', async () => {
    const el = await widget(`${FEEDS}youtube-channel.xml`);
    await toggle(el, 0);
    const [facade] = facades(el);
    expect(facade.getAttribute('aria-label')).to.equal('Play video: Sunday Worship – First Sunday of Advent');
    expect(facade.querySelector('img')?.getAttribute('src')).to.equal('https://i1.ytimg.com/vi/dQw4w9WgXcQ/hqdefault.jpg');
    expect(shadow(el).querySelector('[part~="content"]')!.textContent).to.include('the lighting of the first Advent candle');
    await expect(el).to.be.accessible();
  });

  it('names the facade and the link in the visitor\'s language', async () => {
    const el = await embeds('lang="es"');
    expect(facades(el)[0].getAttribute('aria-label')).to.equal('Reproducir vídeo: Advent concert');
    expect(shadow(el).querySelector('[part~="content"]')!.textContent).to.include('Abrir el contenido insertado (maps.example.com)');
  });

  it('without an embedder, removes frames and leaves no trace of them', () => {
    const div = document.createElement('div');
    div.append(sanitize('<p>a</p><iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ"></iframe><p>b</p>'));
    expect(div.innerHTML).to.equal('<p>a</p><p>b</p>');
  });
});
