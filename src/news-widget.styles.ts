import {css} from 'lit';
import {layout} from './layout.styles.js';

const dark = css`
  --_accent: var(--news-widget-accent, #99c1f1);
  --_card: var(--news-widget-card-background, #262626);
  color-scheme: dark;
  padding: 1em;
  border-radius: var(--_radius);
  background: var(--news-widget-background, #1a1a1a);
  color: var(--news-widget-text, #f2f2f2);
`;

export const styles = css`
  :host {
    --_accent: var(--news-widget-accent, #1a5fb4);
    --_muted: var(--news-widget-muted, color-mix(in srgb, currentColor 70%, transparent));
    --_border: var(--news-widget-border, color-mix(in srgb, currentColor 18%, transparent));
    --_radius: var(--news-widget-radius, 8px);
    /* Theme styles that inherit (text-transform, letter-spacing, text-indent, white-space…) stop
       here; only the font and the text colour come through, as the README promises. */
    all: initial;
    display: block;
    font: inherit;
    color: var(--news-widget-text, inherit);
    font-family: var(--news-widget-font, inherit);
    line-height: 1.5;
    text-align: start;
  }
  :host([hidden]) {
    display: none;
  }
  .base {
    background: var(--news-widget-background, transparent);
  }
  /* The default theme: accent and muted text chosen for the page's own background (colours.ts). The
     caret colour is never seen (there is no text field); it lets the script read the accent in use. */
  .host {
    --_accent: var(--news-widget-accent, var(--_host-accent));
    --_muted: var(--news-widget-muted, var(--_host-muted));
    caret-color: var(--_accent);
  }
  /* Dark: light text on a dark surface, whatever the page around it. auto follows the visitor. */
  .dark {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    .auto {
      ${dark}
    }
  }
  .heading {
    margin-block-end: 0.55em;
    font-family: var(--news-widget-title-font, inherit);
    font-size: 1.375em;
    font-weight: 700;
  }
  * {
    box-sizing: border-box;
  }
  ${layout}
  .card {
    display: flex;
    flex-direction: column;
    flex: 1;
    min-width: 0;
    overflow: hidden;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_card, var(--news-widget-card-background, transparent));
  }
  .image {
    display: block;
    width: 100%;
    height: auto;
    aspect-ratio: 16 / 9;
    object-fit: cover;
    background: color-mix(in srgb, currentColor 8%, transparent);
  }
  /* A picture that failed to load, with no fallback-image to stand in: gone, not an empty box. */
  .broken {
    display: none;
  }
  .body {
    display: flex;
    flex-direction: column;
    flex: 1;
    min-width: 0;
    gap: 0.5em;
    padding: 0.875em 1em 1em;
    /* Only a word wider than the whole line (a long address) is broken; an ordinary word never is. */
    overflow-wrap: break-word;
  }
  .title {
    font-family: var(--news-widget-title-font, inherit);
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.3;
  }
  .title a {
    color: inherit;
  }
  p {
    margin: 0;
  }
  .meta,
  .detail,
  [part~='attribution'],
  figcaption {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75em;
  }
  .excerpt {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 4;
    overflow: hidden;
  }
  .content > div > * {
    margin: 0 0 0.75em;
  }
  .content :is(h2, h3, h4, h5, h6) {
    font-size: 1.05em;
  }
  .content img {
    max-width: 100%;
    height: auto;
  }
  /* A story's sound or video, and a video's facade until pressed: the widget's own elements. */
  .media,
  .video {
    display: grid;
    place-items: center;
    width: 100%;
    padding: 0;
    border: 0;
    border-radius: var(--_radius);
  }
  video,
  .video {
    aspect-ratio: 16 / 9;
    background: #000;
  }
  .video img,
  .video::after {
    grid-area: 1 / 1;
  }
  .video img {
    width: 100%;
    height: 100%;
    object-fit: cover;
  }
  .video::after {
    content: '\\25B6\\FE0E';
    padding: 0.4em 0.7em;
    border-radius: 0.5em;
    background: #000c;
    color: #fff;
    font-size: 1.5em;
  }
  /* blur-images: the story's pictures, until the visitor shows them with the button above its title. */
  .image.blur,
  .blur img {
    filter: blur(1.5em);
    /* The blur stays inside the picture's own box, off the text beside or below it. */
    clip-path: inset(0);
  }
  .toggle.reveal {
    margin: 0;
  }
  blockquote {
    padding-inline-start: 1em;
    border-inline-start: 3px solid var(--_border);
  }
  table,
  pre {
    display: block;
    overflow-x: auto;
  }
  a {
    color: var(--_accent);
  }
  .toggle {
    align-self: flex-start;
    max-width: 100%;
    /* "Continue reading at gracechapel.example.org" in a narrow card: the address wraps, not overflows. */
    overflow-wrap: anywhere;
    margin-block-start: auto;
    min-height: 2.75em;
    padding: 0.5em 1em;
    border: 1px solid;
    border-radius: var(--_radius);
    background: none;
    color: var(--_accent);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
    display: inline-flex;
    align-items: center;
    text-decoration: none;
  }
  .toggle:hover {
    background: color-mix(in srgb, var(--_accent) 10%, transparent);
  }
  :focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  .sr {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  [part~='attribution'],
  .pager {
    margin-block-start: 0.75em;
  }
  .back {
    display: inline-block;
    margin-block-end: 0.75em;
  }
  [part~='status'] {
    display: grid;
    gap: 0.5em;
    padding: 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  /* "Updated 2 hours ago", "1 of 3 sources could not be loaded": a quiet line under the list, not a box. */
  [part~='status'].meta {
    display: block;
    padding: 0;
    border: 0;
    margin-block-start: 0.75em;
  }
  .skeleton > * {
    visibility: hidden;
  }
  .skeleton {
    min-height: 22em;
    background: linear-gradient(color-mix(in srgb, currentColor 8%, transparent) 0 0) top / 100% 45% no-repeat;
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
  /* The narrowest sidebars: less padding and body-sized titles, after the rules above, so a long word ("congregations") still fits its line. */
  @container (max-width: 14em) {
    .body {
      padding-inline: 0.5em;
    }
    .thumbnail .image {
      margin-inline: 0.5em;
    }
    .title {
      font-size: 1em;
    }
  }
  /* On paper: no controls (a video without a picture is all control), every story as long as it
     is open, link addresses written out, and pictures that fit the page. */
  @media print {
    .toggle,
    .video::after,
    .video:empty,
    audio.media {
      display: none;
    }
    .excerpt {
      display: block;
    }
    .card,
    img {
      break-inside: avoid;
    }
    img,
    .open .image {
      max-height: 50vh;
    }
    a[href^='http']::after {
      content: ' (' attr(href) ')';
    }
  }
  @media (forced-colors: active) {
    .card,
    .toggle,
    .video {
      border: 1px solid CanvasText;
    }
    .skeleton {
      background: none;
    }
  }
`;
