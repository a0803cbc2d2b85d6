import type {Feed, FeedError, FeedItem} from './feed/index.js';

// Events for the host page's analytics. Each bubbles and crosses the shadow boundary, and is named
// news-widget-… so it never collides with the native `load` and `error`.

const init = <T>(detail: T) => ({detail, bubbles: true, composed: true});

/** The stories are on screen (from the network or the cache). */
export class NewsWidgetLoadEvent extends CustomEvent<{feed: Feed}> {
  constructor(feed: Feed) {
    super('news-widget-load', init({feed}));
  }
}

/** The feed could not be shown; `detail.error.code` says why. */
export class NewsWidgetErrorEvent extends CustomEvent<{error: FeedError}> {
  constructor(error: FeedError) {
    super('news-widget-error', init({error}));
  }
}

/** A reader expanded a story. */
export class NewsWidgetExpandEvent extends CustomEvent<{item: FeedItem}> {
  constructor(item: FeedItem) {
    super('news-widget-expand', init({item}));
  }
}

/** A reader collapsed a story. */
export class NewsWidgetCollapseEvent extends CustomEvent<{item: FeedItem}> {
  constructor(item: FeedItem) {
    super('news-widget-collapse', init({item}));
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'news-widget-load': NewsWidgetLoadEvent;
    'news-widget-error': NewsWidgetErrorEvent;
    'news-widget-expand': NewsWidgetExpandEvent;
    'news-widget-collapse': NewsWidgetCollapseEvent;
  }
}
