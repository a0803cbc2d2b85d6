import {expect} from '@open-wc/testing';
import {parseFeed} from '../../src/feed/index.js';
import {makeMedia, seconds} from '../../src/feed/media.js';
import {reviveFeed} from '../../src/feed/revive.js';

// A story's sound or video (sermons, podcast episodes): what the feed model keeps of it, and what it
// refuses. The fixture pairs podcast.xml, youtube.xml and jsonfeed-attachments.json show whole feeds.

const rss = (item: string) => `<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"
  xmlns:media="http://search.yahoo.com/mrss/"><channel><title>C</title><item><title>T</title>${item}</item></channel></rss>`;

describe('media', () => {
  it('reads itunes:duration in its three forms, with or without fractions', () => {
    expect(seconds('3600')).to.equal(3600);
    expect(seconds('60:00')).to.equal(3600);
    expect(seconds('1:00:00')).to.equal(3600);
    expect(seconds(' 45:32 ')).to.equal(2732);
    expect(seconds('01:02:03.500')).to.equal(3723);
    for (const bad of ['', 'PT1H', '1h', '-5', '0', '1:2:3:4', 'abc', null, undefined]) expect(seconds(bad), String(bad)).to.equal(undefined);
  });

  it('keeps only http(s) sound or video: by type, by Media RSS medium, else by the file', () => {
    expect(makeMedia('https://a.example/s.mp3', 'audio/mpeg', null)).to.deep.equal({url: 'https://a.example/s.mp3', type: 'audio/mpeg'});
    expect(makeMedia('/s.MP3', '', 'https://a.example/feed')).to.deep.equal({url: 'https://a.example/s.MP3', type: 'audio/*'});
    expect(makeMedia('https://a.example/v.webm?x=1', 'application/octet-stream', null)?.type).to.equal('video/*');
    expect(makeMedia('https://a.example/stream', null, null, undefined, undefined, 'audio')?.type).to.equal('audio/*');
    expect(makeMedia('https://a.example/s.mp3', 'image/jpeg', null)).to.equal(null);
    expect(makeMedia('https://a.example/doc.pdf', 'application/pdf', null)).to.equal(null);
    expect(makeMedia('https://a.example/page', '', null)).to.equal(null);
    for (const url of ['javascript:alert(1)', 'data:audio/mpeg;base64,AAAA', 'file:///etc/passwd', '']) {
      expect(makeMedia(url, 'audio/mpeg', null), url).to.equal(null);
    }
  });

  it('gives size and duration only when they are positive numbers', () => {
    expect(makeMedia('https://a.example/s.mp3', 'audio/mpeg', null, '1234', '90')).to.deep.equal(
      {url: 'https://a.example/s.mp3', type: 'audio/mpeg', size: 1234, duration: 90});
    expect(makeMedia('https://a.example/s.mp3', 'audio/mpeg', null, '0', 'soon')).to.deep.equal({url: 'https://a.example/s.mp3', type: 'audio/mpeg'});
    expect(makeMedia('https://a.example/s.mp3', 'audio/mpeg', null, -1, 1e9)).to.deep.equal({url: 'https://a.example/s.mp3', type: 'audio/mpeg'});
  });

  it('takes the first enclosure that is sound or video, and leaves stories without one alone', () => {
    const feed = parseFeed(rss(`<enclosure url="https://a.example/p.jpg" type="image/jpeg" length="5000"/>
      <enclosure url="https://a.example/s.mp3" type="audio/mpeg" length="5000"/><itunes:duration>1:30</itunes:duration>`));
    expect(feed.items[0].media).to.deep.equal({url: 'https://a.example/s.mp3', type: 'audio/mpeg', size: 5000, duration: 90});
    expect(feed.items[0].image?.url).to.equal('https://a.example/p.jpg');
    expect(parseFeed(rss('<description>No sermon here.</description>')).items[0]).not.to.have.property('media');
  });

  it('reads media:content with a medium or type, at the item or in a media:group, but not YouTube\'s player', () => {
    const grouped = parseFeed(rss(`<media:group><media:content url="https://a.example/v.mp4" type="video/mp4" duration="61"/></media:group>`));
    expect(grouped.items[0].media).to.deep.equal({url: 'https://a.example/v.mp4', type: 'video/mp4', duration: 61});
    const flash = parseFeed(rss(`<media:content url="https://www.youtube.com/v/abc" type="application/x-shockwave-flash"/>`));
    expect(flash.items[0]).not.to.have.property('media');
    const picture = parseFeed(rss(`<media:content url="https://a.example/p.mp3" medium="image"/>`));
    expect(picture.items[0]).not.to.have.property('media');
  });

  it('reads an Atom enclosure link', () => {
    const feed = parseFeed(`<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><entry><id>1</id><title>E</title>
      <link rel="enclosure" type="audio/ogg" length="99" href="/e.ogg"/></entry></feed>`, 'https://a.example/atom.xml');
    expect(feed.items[0].media).to.deep.equal({url: 'https://a.example/e.ogg', type: 'audio/ogg', size: 99});
  });

  it('gives a podcast episode without a picture the show\'s art, and a news story none', () => {
    const show = '<itunes:image href="https://a.example/show.jpg"/>';
    const podcast = parseFeed(rss('<enclosure url="https://a.example/s.mp3" type="audio/mpeg"/>').replace('<item>', `${show}<item>`));
    expect(podcast.items[0].image?.url).to.equal('https://a.example/show.jpg');
    const news = parseFeed(rss('<description>News.</description>').replace('<item>', `${show}<item>`));
    expect(news.items[0].image).to.equal(null);
  });

  it('comes back from the cache as it went in, and a tampered one refuses its story', () => {
    const feed = parseFeed(rss('<link>https://a.example/s</link><enclosure url="https://a.example/s.mp3" type="audio/mpeg" length="7"/>'));
    expect(reviveFeed(JSON.parse(JSON.stringify(feed)))).to.deep.equal(feed);
    for (const media of [{url: 'javascript:alert(1)', type: 'audio/mpeg'}, {url: 'https://a.example/x', type: 'text/html'}, 'x', null]) {
      const stored = JSON.parse(JSON.stringify(feed));
      stored.items[0].media = media;
      expect(reviveFeed(stored), JSON.stringify(media)).to.equal(null);
    }
  });
});
