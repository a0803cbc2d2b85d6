import {css} from 'lit';

export const styles = css`
  :host {
    --_accent: var(--news-widget-accent, #1a5fb4);
    --_text: var(--news-widget-text, inherit);
    --_muted: var(--news-widget-muted, color-mix(in srgb, currentColor 70%, transparent));
    --_card-bg: var(--news-widget-card-background, transparent);
    --_border: var(--news-widget-border, color-mix(in srgb, currentColor 18%, transparent));
    --_radius: var(--news-widget-radius, 8px);
    --_gap: var(--news-widget-gap, 1rem);
    --_min: var(--news-widget-min-card-width, 16rem);
    --_font: var(--news-widget-font, inherit);
    --_title-font: var(--news-widget-title-font, inherit);
    display: block;
    container-type: inline-size;
    color: var(--_text);
    font: inherit;
    font-family: var(--_font);
    line-height: 1.5;
    text-align: start;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  ul[part~='list'] {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(var(--_min), 100%), 1fr));
    gap: var(--_gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  li {
    display: flex;
    min-width: 0;
  }
  .card {
    display: flex;
    flex-direction: column;
    flex: 1;
    min-width: 0;
    overflow: hidden;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_card-bg);
  }
  .image {
    display: block;
    width: 100%;
    height: auto;
    aspect-ratio: 16 / 9;
    object-fit: cover;
    background: color-mix(in srgb, currentColor 8%, transparent);
  }
  .image.broken {
    visibility: hidden;
  }
  .body {
    display: flex;
    flex-direction: column;
    flex: 1;
    gap: 0.5rem;
    padding: 0.875rem 1rem 1rem;
  }
  .title {
    margin: 0;
    font-family: var(--_title-font);
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  .title a {
    color: inherit;
    text-decoration: none;
  }
  .title a:hover {
    text-decoration: underline;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75em;
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .excerpt {
    margin: 0;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 4;
    overflow: hidden;
    overflow-wrap: anywhere;
  }
  .content {
    overflow-wrap: anywhere;
  }
  .content :is(p, ul, ol, blockquote, figure, table, pre, h2, h3, h4, h5, h6) {
    margin-block: 0 0.75em;
  }
  .content :is(h2, h3, h4, h5, h6) {
    font-size: 1.05em;
    line-height: 1.3;
  }
  .content img {
    max-width: 100%;
    height: auto;
  }
  .content figure {
    margin-inline: 0;
  }
  .content figcaption {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .content blockquote {
    margin-inline: 0;
    padding-inline-start: 1em;
    border-inline-start: 3px solid var(--_border);
  }
  .content table {
    display: block;
    max-width: 100%;
    overflow-x: auto;
    border-collapse: collapse;
  }
  .content :is(td, th) {
    padding: 0.25em 0.5em;
    border: 1px solid var(--_border);
  }
  .content pre {
    overflow-x: auto;
  }
  a {
    color: var(--_accent);
  }
  .toggle,
  .source-link {
    align-self: flex-start;
    margin-block-start: auto;
    min-height: 2.75rem;
    padding: 0.5rem 1rem;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_accent);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
    display: inline-flex;
    align-items: center;
    text-decoration: none;
  }
  .toggle:hover,
  .source-link:hover {
    background: color-mix(in srgb, var(--_accent) 10%, transparent);
  }
  :focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  [part~='attribution'] {
    margin: 0.75rem 0 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  [part~='status'] {
    margin: 0;
    padding: 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  [part~='status'] p {
    margin: 0 0 0.5rem;
  }
  .detail {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .skeleton {
    min-height: 22rem;
  }
  .skeleton .line {
    height: 1em;
    margin: 1rem 1rem 0;
    border-radius: 4px;
    background: color-mix(in srgb, currentColor 8%, transparent);
  }
  .skeleton .short {
    width: 50%;
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton {
      animation: pulse 1.5s ease-in-out infinite;
    }
  }
  @keyframes pulse {
    50% {
      opacity: 0.55;
    }
  }
  @media (forced-colors: active) {
    .card,
    .toggle,
    .source-link,
    [part~='status'] {
      border-color: CanvasText;
    }
    .toggle,
    .source-link {
      color: ButtonText;
    }
  }
`;
