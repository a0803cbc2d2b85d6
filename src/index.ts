import './define.js';

export {NewsWidget, type ExpandMode} from './news-widget.js';
export {sanitize} from './sanitize.js';
export {loadFeed, type Fetcher, type LoadOptions} from './load.js';
export * from './feed/index.js';
