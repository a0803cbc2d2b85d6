import {NewsWidget} from '../src/news-widget.js';
import {runCorpus} from './hostile/run.js';

runCorpus('hostile feeds, source', 'corpus-news-widget', () => NewsWidget);
