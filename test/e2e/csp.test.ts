import {expect, waitUntil} from '@open-wc/testing';

// The built bundle on a page served with a strict Content-Security-Policy and Trusted Types
// (test/server/middleware.mjs STRICT_CSP): it must load, render, expand and collapse with no
// securitypolicyviolation at all.

interface StrictWindow extends Window {
  __violations: string[];
  __inlineRan?: boolean;
}

describe('under a strict Content-Security-Policy with Trusted Types', () => {
  let frame: HTMLIFrameElement;

  before(async () => {
    frame = document.createElement('iframe');
    frame.style.width = '1024px';
    frame.style.height = '800px';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
    frame.src = '/test/csp/strict.html';
    document.body.append(frame);
    await loaded;
  });

  after(() => frame.remove());

  it('enforces the policy (the control inline script was blocked)', () => {
    const win = frame.contentWindow as StrictWindow;
    expect(win.__inlineRan).to.equal(undefined);
    expect(win.__violations.filter((v) => v.endsWith('|inline'))).to.have.length(1);
  });

  it('renders, expands and collapses with zero violations', async () => {
    const win = frame.contentWindow as StrictWindow;
    const el = frame.contentDocument!.querySelector('news-widget')!;
    await waitUntil(() => el.shadowRoot?.querySelector('[aria-busy="false"], [part~="status"]'), 'never loaded', {timeout: 15000});
    const root = el.shadowRoot!;
    // Compared as text: chai cannot print an element from another window in a failure message.
    expect(root.querySelector('[part~="status"]')?.textContent ?? null).to.equal(null);
    const cards = root.querySelectorAll('[part~="card"]');
    expect(cards).to.have.length(3);
    // The styles arrived (constructable stylesheets are not blocked by style-src).
    expect(win.getComputedStyle(cards[0]).borderTopStyle).to.equal('solid');
    const toggle = cards[0].querySelector<HTMLButtonElement>('[part~="toggle"]')!;
    toggle.click();
    await waitUntil(() => cards[0].querySelector('[part~="content"] h3'), 'did not expand');
    expect(cards[0].querySelector('[part~="content"]')!.textContent).to.contain('A network built over ten winters');
    toggle.click();
    await waitUntil(() => !cards[0].querySelector('[part~="content"]'), 'did not collapse');
    expect(win.__violations.filter((v) => !v.endsWith('|inline'))).to.deep.equal([]);
  });
});
