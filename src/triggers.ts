import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {listen, pageHidden, unlisten} from './page.js';

// What starts a load, one job per controller: the widget coming near the viewport, the refresh
// timer, and the address naming a story (the detail page). Each reads its setting through a
// function at every update of its host, so an attribute changed on a live widget applies at once.

type Host = ReactiveControllerHost & HTMLElement;

/** Calls `open` once, when the host comes within about a screen of the viewport, or at once when `eager()`. */
export class ViewportGate implements ReactiveController {
  near = false;
  #observer?: IntersectionObserver;

  constructor(private readonly host: Host, private readonly eager: () => boolean, private readonly open: () => void) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.near) return;
    // About one screen ahead, so the stories are there by the time the reader is.
    this.#observer = window.IntersectionObserver && new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) this.#pass();
    }, {rootMargin: '100% 0px'});
    this.#observer?.observe(this.host);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }

  hostUpdate(): void {
    if (!this.near && (this.eager() || !window.IntersectionObserver)) this.#pass();
  }

  #pass(): void {
    this.#observer?.disconnect();
    if (this.near) return;
    this.near = true;
    this.open();
  }
}

/**
 * Calls `tick` every `minutes()` minutes while the page is visible (never for 0), and on return to
 * a hidden tab if a tick was missed meanwhile (`age()`: milliseconds since the last update).
 */
export class RefreshTimer implements ReactiveController {
  #timer?: ReturnType<typeof setInterval>;
  #minutes = 0;

  constructor(host: Host, private readonly minutes: () => number, private readonly tick: () => void, private readonly age: () => number) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#start();
  }

  hostDisconnected(): void {
    clearInterval(this.#timer);
    unlisten(document, 'visibilitychange', this.#missed);
  }

  hostUpdate(): void {
    if (this.minutes() === this.#minutes) return;
    this.hostDisconnected();
    this.#start();
  }

  #start(): void {
    const minutes = (this.#minutes = this.minutes());
    if (minutes <= 0) return;
    this.#timer = setInterval(() => pageHidden() || this.tick(), minutes * 60_000);
    listen(document, 'visibilitychange', this.#missed);
  }

  #missed = (): void => {
    if (!pageHidden() && this.age() >= this.#minutes * 60_000) this.tick();
  };
}

/** The fragment that names a story on the detail page: `#news-widget=<id>`. */
export const STORY = 'news-widget=';

/** The story the page's address names (`#news-widget=<id>`), or ''; calls `changed` when it changes. */
export class StoryRoute implements ReactiveController {
  story = '';

  constructor(host: Host, private readonly changed: () => void) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#read();
    listen(window, 'hashchange', this.#read);
  }

  hostDisconnected(): void {
    unlisten(window, 'hashchange', this.#read);
  }

  #read = (): void => {
    const hash = decodeURIComponent(location.hash);
    const story = hash.startsWith(`#${STORY}`) ? hash.slice(STORY.length + 1) : '';
    if (story === this.story) return;
    this.story = story;
    this.changed();
  };
}
