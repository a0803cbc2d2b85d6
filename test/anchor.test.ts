import {expect, fixture, html} from '@open-wc/testing';
import {LitElement, html as lit} from 'lit';
import {keepReaderInPlace} from '../src/anchor.js';

// src/anchor.ts: new stories arrive without moving what the reader is looking at.

class Stories extends LitElement {
  static override properties = {ids: {}};
  declare ids: string[];
  override render() {
    return lit`${this.ids.map((id) => lit`<article style="height: 300px">${id}</article>`)}`;
  }
}
customElements.define('anchor-stories', Stories);

describe('keepReaderInPlace', () => {
  afterEach(() => window.scrollTo(0, 0));

  it('keeps the first story in view at its place on screen when stories arrive above it', async () => {
    const host = await fixture<Stories>(html`<div style="padding-top: 50px"><anchor-stories .ids=${['a', 'b', 'c', 'd']}></anchor-stories>
      <div style="height: 3000px"></div></div>`);
    const el = host.querySelector<Stories>('anchor-stories')!;
    await el.updateComplete;
    window.scrollTo(0, 700);
    const card = (id: string) => [...el.renderRoot.querySelectorAll('article')].find((a) => a.textContent === id)!;
    const before = card('c').getBoundingClientRect().top;
    await keepReaderInPlace(el, () => el.ids, () => (el.ids = ['new1', 'new2', 'a', 'b', 'c', 'd']));
    expect(Math.round(card('c').getBoundingClientRect().top)).to.equal(Math.round(before));
  });

  it('waits while focus is inside, and shows the stories when it leaves', async () => {
    const host = await fixture<HTMLDivElement>(html`<div><anchor-stories .ids=${['a']}></anchor-stories><button>outside</button></div>`);
    const el = host.querySelector<Stories>('anchor-stories')!;
    await el.updateComplete;
    const inner = el.renderRoot.querySelector('article')!;
    inner.tabIndex = -1;
    inner.focus();
    let shown = false;
    await keepReaderInPlace(el, () => el.ids, () => (shown = true));
    expect(shown).to.equal(false);
    host.querySelector('button')!.focus();
    await new Promise((resolve) => setTimeout(resolve));
    expect(shown).to.equal(true);
  });
});
