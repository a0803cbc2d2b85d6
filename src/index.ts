import './define.js';

export {NewsWidget, type DateStyle, type ExpandMode, type ImageMode, type ImagePosition, type Layout, type LoadingMode, type Theme} from './news-widget.js';
export {NewsWidgetCollapseEvent, NewsWidgetErrorEvent, NewsWidgetExpandEvent, NewsWidgetLoadEvent} from './events.js';
export {sanitize} from './sanitize.js';
export {loadFeed, type Fetcher, type LoadOptions} from './load.js';
export type {Strings} from './i18n/index.js';
export * from './feed/index.js';
