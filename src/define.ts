import {NewsWidget} from './news-widget.js';

// Guarded so that a page which includes the script twice (two widgets pasted with their own
// script tags) keeps the first definition instead of throwing.
if (!customElements.get('news-widget')) customElements.define('news-widget', NewsWidget);

declare global {
  interface HTMLElementTagNameMap {
    'news-widget': NewsWidget;
  }
}
