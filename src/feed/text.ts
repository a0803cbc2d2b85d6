import {parseHtml} from './inert.js';

/** Elements whose text is not part of what a reader sees. */
const INVISIBLE = 'script,style,template,noscript,iframe,object,embed,svg,math,title,.screen-reader-text,.more-link,.read-more';
/** Elements that end a line or a block, so their text must not run into the next word. */
const BLOCKS = 'br,p,div,li,dd,h1,h2,h3,h4,h5,h6,blockquote,td,th,figcaption';
/** Inline formatting that feeds sometimes leave in plain-text fields; anything else stays literal. */
const FORMATTING = /<\/?(?:a|abbr|b|cite|code|del|em|font|i|ins|mark|q|s|small|span|strong|sub|sup|u)(?:\s[^<>]*)?>|<br\s*\/?>/gi;

/**
 * How much of a field is read at all. A summary, a picture and a text direction come from the start
 * of a story, so a story of megabytes (or 100,000 nested tags) is never parsed whole for them; the
 * full story is sanitized only when a reader expands it.
 */
const MAX_HTML = 32_768;
const MAX_TEXT = 4_096;
/** The longest summary, in characters. */
export const MAX_SUMMARY = 1000;

/** Collapses runs of white space (including no-break spaces) into single spaces. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The visible text of an HTML fragment. */
export function htmlToText(html: string | null | undefined): string {
  if (!html) return '';
  html = html.slice(0, MAX_HTML);
  if (!/[<&]/.test(html)) return collapse(html);
  const body = parseHtml(html);
  for (const el of body.querySelectorAll(INVISIBLE)) el.remove();
  for (const el of body.querySelectorAll(BLOCKS)) el.append(' ');
  return collapse(body.textContent ?? '');
}

/**
 * A field the format defines as plain text (an RSS or JSON Feed title, an author name). Inline
 * formatting tags that publishers leave in are dropped and entity references are decoded, but any
 * other markup is kept as the literal text it is: "History of the <blink> tag" stays that.
 */
export function plainText(text: string | null | undefined): string {
  if (!text) return '';
  const stripped = text.slice(0, MAX_TEXT).replace(FORMATTING, (tag) => (tag[1] === 'b' && tag[2] === 'r' ? ' ' : ''));
  if (!stripped.includes('&')) return collapse(stripped);
  return collapse(parseHtml(stripped.replace(/</g, '&lt;')).textContent ?? '');
}

/** Blog and SEO boilerplate that says nothing about the story. */
const BOILERPLATE = [
  /\bThe post .{1,300}? appeared first on .{1,200}?(?:\.|$)/gi,
  /\[(?:…|\.\.\.|&hellip;)\]/g,
  // One character class, not nested repetition: linear on "Read more" and any run of dots.
  /(?:\s|^)(?:Read more|Continue reading)[\s.…»›→]*$/i,
];

/** Cuts `text` at the last word boundary before `max` characters, with an ellipsis. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(' ', max);
  return `${text.slice(0, cut > 0 ? cut : max)}…`;
}

/** Turns an HTML or text summary into clean, short plain text. */
export function summarize(html: string | null | undefined): string {
  // Boilerplate sits at the end of a short excerpt; a long story's end is past its summary anyway.
  let text = htmlToText(html).slice(0, MAX_TEXT);
  for (const pattern of BOILERPLATE) text = text.replace(pattern, ' ');
  return truncate(collapse(text), MAX_SUMMARY);
}

export const ESCAPES: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '\n': '<br>'};

/** Escapes plain text so it can stand as HTML content (for content_text and Atom type="text"). */
export function textToHtml(text: string): string {
  return text
    .trim()
    .split(/\n\s*\n/)
    .map((para) => `<p>${para.replace(/[&<>\n]/g, (ch) => ESCAPES[ch])}</p>`)
    .join('');
}
