import type {NewsWidget} from '../../src/news-widget.js';
import {runCorpus} from '../hostile/run.js';

// The same hostile corpus against the bundle that ships (Lit's production build, DOMPurify as the
// build leaves it), loaded with a script tag. Nothing from src/ runs in this file.

await new Promise<void>((resolve, reject) => {
  const script = Object.assign(document.createElement('script'), {src: '/dist/news-widget.js'});
  script.onload = () => resolve();
  script.onerror = () => reject(new Error('could not load /dist/news-widget.js'));
  document.head.append(script);
});

runCorpus('hostile feeds, built bundle', 'bundle-corpus-news-widget',
  () => customElements.get('news-widget') as unknown as typeof NewsWidget);
