import {expect} from '@open-wc/testing';
import {sanitize} from '../src/sanitize.js';

function clean(html: string, base = 'https://news.example.org/story/'): HTMLDivElement {
  const div = document.createElement('div');
  div.append(sanitize(html, base));
  return div;
}

describe('sanitize', () => {
  it('keeps the elements a news story needs', () => {
    const html = '<h2>H</h2><p>P <em>e</em> <strong>s</strong> <a href="https://x.org/">a</a></p><ul><li>l</li></ul>' +
      '<ol><li>o</li></ol><blockquote>q</blockquote><figure><img src="https://x.org/i.jpg" alt="i"><figcaption>c</figcaption></figure>' +
      '<table><tr><th>h</th><td>d</td></tr></table><hr><br>';
    const div = clean(html);
    for (const tag of ['h2', 'p', 'em', 'strong', 'a', 'ul', 'ol', 'li', 'blockquote', 'figure', 'img', 'figcaption', 'table', 'th', 'td', 'hr', 'br']) {
      expect(div.querySelector(tag), tag).to.exist;
    }
  });

  it('removes script, style, iframe, object, embed, form, base, meta, svg and math with their content', () => {
    const div = clean('<script>x()</script><style>p{}</style><iframe src="https://x.org"></iframe><object data="x"></object>' +
      '<embed src="x"><form action="https://x.org"><input name="a"><button formaction="javascript:x()">b</button></form>' +
      '<base href="https://evil.example/"><meta http-equiv="refresh" content="0;url=https://evil.example/"><svg><script>x()</script></svg>' +
      '<math><mi>x</mi></math><p>kept</p>');
    expect(div.querySelector('script,style,iframe,object,embed,form,input,button,base,meta,svg,math')).to.equal(null);
    expect(div.textContent).not.to.contain('x()');
    expect(div.querySelector('p')!.textContent).to.equal('kept');
  });

  it('strips style, event, id, name and class attributes', () => {
    const div = clean('<p style="color:red" onclick="x()" id="clobber" name="n" class="c" data-x="1">t</p>');
    const p = div.querySelector('p')!;
    expect([...p.attributes].map((a) => a.name)).to.deep.equal([]);
  });

  it('allows http, https and mailto links and http(s) pictures only', () => {
    const div = clean('<a href="javascript:alert(1)">j</a><a href="data:text/html,x">d</a><a href="vbscript:x">v</a>' +
      '<a href="mailto:editor@example.org">m</a><a href="ftp://x.org/">f</a><img src="data:image/png;base64,AA" alt="d">' +
      '<img src="javascript:x" alt="j"><img src="https://x.org/ok.jpg" alt="ok">');
    const hrefs = [...div.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.deep.equal([null, null, null, 'mailto:editor@example.org', null]);
    expect([...div.querySelectorAll('img')].map((i) => i.alt)).to.deep.equal(['ok']);
  });

  it('resolves relative URLs against the story base', () => {
    const div = clean('<a href="../other/">o</a><img src="pic.jpg" alt="">');
    expect(div.querySelector('a')!.getAttribute('href')).to.equal('https://news.example.org/other/');
    expect(div.querySelector('img')!.getAttribute('src')).to.equal('https://news.example.org/story/pic.jpg');
  });

  it('keeps a picture\'s srcset with only its http(s) candidates, resolved, and a plain sizes', () => {
    const div = clean('<img src="a.jpg" alt="" srcset="a-300.jpg 300w, javascript:x 600w, data:x 700w, https://x.org/a.jpg 1024w" ' +
      'sizes="(max-width: 1024px) 100vw, 1024px">');
    const img = div.querySelector('img')!;
    expect(img.getAttribute('srcset')).to.equal('https://news.example.org/story/a-300.jpg 300w, https://x.org/a.jpg 1024w');
    expect(img.getAttribute('sizes')).to.equal('(max-width: 1024px) 100vw, 1024px');
  });

  it('drops a srcset with no safe candidate, a sizes that is not one, and both on anything but a picture', () => {
    const div = clean('<img src="https://x.org/a.jpg" alt="" srcset="javascript:x 2x"><img src="https://x.org/b.jpg" alt="" ' +
      'srcset="https://x.org/b.jpg 2x" sizes="url(javascript:x)&quot;"><p srcset="https://x.org/c.jpg 2x" sizes="1px">p</p>');
    const [a, b] = div.querySelectorAll('img');
    expect(a.hasAttribute('srcset')).to.equal(false);
    expect(b.getAttribute('srcset')).to.equal('https://x.org/b.jpg 2x');
    expect(b.hasAttribute('sizes')).to.equal(false);
    expect(div.querySelector('p')!.hasAttribute('srcset')).to.equal(false);
    expect(div.querySelector('p')!.hasAttribute('sizes')).to.equal(false);
  });

  it('opens links in a new tab without opener, sending at most the origin, and loads pictures lazily without referrer', () => {
    const div = clean('<a href="https://x.org/">a</a><img src="https://x.org/a.jpg" alt="">');
    const a = div.querySelector('a')!;
    expect(a.getAttribute('target')).to.equal('_blank');
    expect(a.getAttribute('rel')).to.equal('noopener');
    expect(a.getAttribute('referrerpolicy')).to.equal('strict-origin-when-cross-origin');
    const img = div.querySelector('img')!;
    expect(img.getAttribute('loading')).to.equal('lazy');
    expect(img.getAttribute('referrerpolicy')).to.equal('no-referrer');
    expect(img.getAttribute('decoding')).to.equal('async');
  });

  it('does not touch a DOMPurify the host page uses', async () => {
    const {default: DOMPurify} = await import('dompurify');
    const out = DOMPurify.sanitize('<a href="https://x.org/">a</a>');
    expect(out).to.equal('<a href="https://x.org/">a</a>');
  });
});
