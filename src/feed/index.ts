export type {Feed, FeedFormat, FeedImage, FeedItem, FeedMedia} from './types.js';
export {FeedError, type FeedErrorCode} from './error.js';
export {parseFeed, type ParseOptions} from './parse.js';
export {parseDate} from './date.js';
