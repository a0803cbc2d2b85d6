import {css} from 'lit';

// The grid of cards and where a card's picture sits: beside the text, on top, or a thumbnail, at
// every container width. Included by src/news-widget.styles.ts at its place in the cascade.

export const layout = css`
  ul {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(var(--news-widget-min-card-width, 16em), 100%), 1fr));
    gap: var(--news-widget-gap, 1em);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  li {
    display: flex;
    min-width: 0;
    container-type: inline-size;
  }
  /* An open story takes the whole row, so it reads at a comfortable width and its neighbours keep
     their height. */
  .open {
    grid-column: 1 / -1;
  }
  .open .image {
    max-height: 24em;
  }
  .open .body {
    max-width: 44em;
  }
  .list ul,
  .headlines ul {
    grid-template-columns: 1fr;
  }
  /* A picture beside the text: left, or right. On a narrow phone it goes back on top. */
  .card.left {
    flex-direction: row;
  }
  .card.right {
    flex-direction: row-reverse;
  }
  .left .image,
  .right .image {
    width: 40%;
    max-width: 15em;
    aspect-ratio: 4 / 3;
    flex: none;
  }
  .thumbnail .image {
    align-self: flex-start;
    width: 6em;
    aspect-ratio: 1;
    margin: 1em 1em 0;
    border-radius: var(--_radius);
  }
  .thumbnail.left .image,
  .thumbnail.right .image {
    margin-block-end: 1em;
  }
  .thumbnail.left .image {
    margin-inline-end: 0;
  }
  .thumbnail.right .image {
    margin-inline-start: 0;
  }
  /* Sizes in em, here as everywhere: they follow the widget's own text, whatever the page's root
     font size. On a phone a picture beside the text shrinks to a square, so the title keeps its width. */
  @container (max-width: 30em) {
    .left .image,
    .right .image {
      align-self: flex-start;
      width: 5.5em;
      aspect-ratio: 1;
      margin-block-start: 1em;
      margin-inline: 1em 0;
      border-radius: var(--_radius);
    }
    .right .image {
      margin-inline: 0 1em;
    }
  }
  /* In a sidebar there is no room beside the text: the picture goes back on top, a thumbnail above the title. */
  @container (max-width: 20em) {
    .card.left,
    .card.right {
      flex-direction: column;
    }
    .left .image,
    .right .image {
      width: 100%;
      max-width: none;
      aspect-ratio: 16 / 9;
      margin: 0;
      border-radius: 0;
    }
    .thumbnail .image {
      width: 6em;
      aspect-ratio: 1;
      margin: 1em 1em 0;
      border-radius: var(--_radius);
    }
  }
  .headlines .card {
    background: none;
    border: 0;
    border-block-end: 1px solid var(--_border);
    border-radius: 0;
  }
  .headlines .body {
    padding: 0.5em 0;
    gap: 0.25em;
  }
  .headlines .title {
    font-size: 1em;
  }
`;
