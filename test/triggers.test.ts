import {expect, waitUntil} from '@open-wc/testing';
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {RefreshTimer, STORY, StoryRoute, ViewportGate} from '../src/triggers.js';

// src/triggers.ts: what starts a load, each controller on a bare host that the test drives.

function host() {
  const controllers: ReactiveController[] = [];
  const el = Object.assign(document.createElement('div'), {
    addController: (c: ReactiveController) => void controllers.push(c),
    removeController: () => {},
    requestUpdate: () => {},
    updateComplete: Promise.resolve(true),
  }) as HTMLElement & ReactiveControllerHost;
  const call = (hook: 'hostConnected' | 'hostDisconnected' | 'hostUpdate') => controllers.forEach((c) => c[hook]?.());
  return {el, call};
}

describe('ViewportGate', () => {
  it('opens once the host comes near the viewport, and not before', async () => {
    const {el, call} = host();
    el.style.cssText = 'position: absolute; top: 30000px; height: 10px';
    document.body.append(el);
    let opened = 0;
    const gate = new ViewportGate(el, () => false, () => opened++);
    call('hostConnected');
    call('hostUpdate');
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100)));
    expect(opened).to.equal(0);
    el.style.top = '0';
    await waitUntil(() => opened === 1, 'never opened');
    expect(gate.near).to.equal(true);
    call('hostUpdate');
    expect(opened).to.equal(1);
    el.remove();
  });

  it('opens at the next update when made eager on a live host', () => {
    const {el, call} = host();
    let eager = false;
    let opened = 0;
    new ViewportGate(el, () => eager, () => opened++);
    call('hostConnected');
    call('hostUpdate');
    expect(opened).to.equal(0);
    eager = true;
    call('hostUpdate');
    expect(opened).to.equal(1);
    call('hostDisconnected');
  });
});

describe('RefreshTimer', () => {
  const realSet = window.setInterval;
  const realClear = window.clearInterval;
  let timers: Map<number, [() => void, number]>;
  beforeEach(() => {
    timers = new Map();
    let id = 0;
    window.setInterval = ((callback: () => void, ms: number) => (timers.set(++id, [callback, ms]), id)) as typeof setInterval;
    window.clearInterval = ((timer: number) => void timers.delete(timer)) as typeof clearInterval;
  });
  afterEach(() => {
    window.setInterval = realSet;
    window.clearInterval = realClear;
  });

  it('ticks every `minutes()` minutes, follows a change on a live host, and stops on disconnect', () => {
    const {el, call} = host();
    let minutes = 0;
    let ticks = 0;
    new RefreshTimer(el, () => minutes, () => ticks++, () => 0);
    call('hostConnected');
    expect(timers.size, 'none for 0').to.equal(0);
    minutes = 5;
    call('hostUpdate');
    expect([...timers.values()].map(([, ms]) => ms)).to.deep.equal([300_000]);
    [...timers.values()][0][0]();
    expect(ticks).to.equal(1);
    call('hostUpdate');
    expect(timers.size, 'no second timer for the same setting').to.equal(1);
    call('hostDisconnected');
    expect(timers.size).to.equal(0);
  });

  it('ticks on return to the tab only if a tick was missed', () => {
    const {el, call} = host();
    let age = 0;
    let ticks = 0;
    new RefreshTimer(el, () => 1, () => ticks++, () => age);
    call('hostConnected');
    document.dispatchEvent(new Event('visibilitychange'));
    expect(ticks).to.equal(0);
    age = 61_000;
    document.dispatchEvent(new Event('visibilitychange'));
    expect(ticks).to.equal(1);
    call('hostDisconnected');
    document.dispatchEvent(new Event('visibilitychange'));
    expect(ticks).to.equal(1);
  });
});

describe('StoryRoute', () => {
  it('reads the story the address names, and says when it changes', async () => {
    const {el, call} = host();
    let changes = 0;
    const route = new StoryRoute(el, () => changes++);
    location.hash = `${STORY}${encodeURIComponent('https://news.example.org/?p=1')}`;
    call('hostConnected');
    expect(route.story).to.equal('https://news.example.org/?p=1');
    location.hash = '';
    await waitUntil(() => route.story === '', 'hashchange not followed');
    expect(changes).to.equal(2);
    call('hostDisconnected');
    location.hash = `${STORY}x`;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(route.story).to.equal('');
    history.replaceState(null, '', location.pathname + location.search);
  });
});
