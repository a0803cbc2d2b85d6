import {expect} from '@open-wc/testing';
import {authorName} from '../../src/feed/rss.js';

// Authors as feeds write them, with the name a reader should see. The cases follow
// @rowanmanning/feed-parser's contact-string table, one of the parsers we compare with.
const AUTHORS: [string, string][] = [
  ['Mock Name', 'Mock Name'],
  ['mock@localhost', ''],
  ['https://localhost', ''],
  ['Mock Name mock@localhost', 'Mock Name'],
  ['Mock Name (mock@localhost)', 'Mock Name'],
  ['Mock Name [mock@localhost]', 'Mock Name'],
  ['Mock Name <mock@localhost>', 'Mock Name'],
  ['Mock Name https://localhost', 'Mock Name'],
  ['Mock Name (https://localhost)', 'Mock Name'],
  ['mock@localhost (Mock Name)', 'Mock Name'],
  ['mock@localhost [Mock Name]', 'Mock Name'],
  ['mock@localhost <Mock Name>', 'Mock Name'],
  ['mock@localhost (https://localhost)', ''],
  ['mailto:mock@localhost', ''],
  ['Mock Name (mailto:mock@localhost)', 'Mock Name'],
  ['Mock mock@localhost Name', 'Mock Name'],
  ['Mock (mock@localhost) Name', 'Mock Name'],
  ['Mock Name (Managing Editor)', 'Mock Name (Managing Editor)'],
  ['Mock Name (Managing Editor) <mock@localhost>', 'Mock Name (Managing Editor)'],
  ['Mock Name (mock1@localhost) (mock2@localhost)', 'Mock Name'],
  ['  ', ''],
  ['Tom &amp; Jerry', 'Tom & Jerry'],
];

describe('authorName', () => {
  for (const [written, name] of AUTHORS) {
    it(`"${written}" is "${name}"`, () => expect(authorName(written)).to.equal(name));
  }
});
