// The configurator: every attribute of <news-widget> as a control, a live preview, and the snippet
// to paste, with only the attributes that differ from their defaults. The page's state lives in
// its address, so a configured preview can be shared.

/**
 * Where each attribute's control sits, and for free text a hint. Defaults, ranges and options come
 * from the element's own table (`NewsWidget.rules`, src/attributes.ts). A test checks the controls
 * against the manifest.
 */
const CONTROLS = {
  limit: ['Content'], layout: ['Look'], image: ['Look'], imagePosition: ['Look'],
  fallbackImage: ['Look', 'https://ourchurch.example/logo.png'],
  blurImages: ['Look', 'all, or: persecution, war'],
  excerpts: ['Content'], excerptLength: ['Content'], categories: ['Content', 'community, missions'],
  include: ['Content', 'prayer, mission*'], exclude: ['Content', 'sports'], pager: ['Content'],
  expand: ['Behaviour'], detailPage: ['Behaviour', '/news/'], heading: ['Content', 'Latest news'], headingLevel: ['Content'],
  date: ['Content'], locale: ['Language'], timeZone: ['Language', 'America/Chicago'], theme: ['Look'], accent: ['Look'],
  target: ['Behaviour'], attribution: ['Content'], timeout: ['Behaviour'], cache: ['Behaviour'], loading: ['Behaviour'],
  refresh: ['Behaviour'], proxy: ['Behaviour', 'https://proxy.example/?u={url}'], strings: ['Language', '{"more": "Older news"}'],
};
const LANGUAGES = ['', 'en', 'es', 'pt', 'fr', 'de', 'ko', 'zh', 'ar'];

/** A rule of the element's table as a control: its default, and a number range, options or free text. */
function fromRule(property, rule) {
  const name = property.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  const [group, placeholder] = CONTROLS[property];
  if (typeof rule === 'boolean') return {name, group, default: String(rule), options: [String(rule), String(!rule)]};
  if (Array.isArray(rule) && typeof rule[0] === 'number') {
    return {name, group, default: String(rule[0]), type: 'number', min: rule[1], max: rule[2]};
  }
  if (Array.isArray(rule)) return {name, group, default: rule[0], options: rule};
  if (property === 'locale') return {name, group, default: '', options: LANGUAGES};
  return {name, group, default: '', type: property === 'accent' ? 'color' : 'text', placeholder};
}

const ATTRIBUTES = Object.entries(customElements.get('news-widget').rules)
  .filter(([property]) => property !== 'feed')
  .map(([property, rule]) => fromRule(property, rule));
window.NEWS_WIDGET_ATTRIBUTES = ATTRIBUTES.map((a) => a.name);

const form = document.getElementById('controls');
const widget = document.querySelector('news-widget');
const snippet = document.getElementById('snippet');
const copied = document.getElementById('copied');
const PAGE = ['preset', 'url', 'more-feeds', 'width', 'background', 'color', 'font', 'customFont'];
let integrity = '';

function control(attribute) {
  const label = document.createElement('label');
  const shown = attribute.default === '' ? 'none' : attribute.default;
  label.append(`${attribute.name} `);
  let input;
  if (attribute.options) {
    input = document.createElement('select');
    for (const option of attribute.options) input.add(new Option(option || '(the page’s language)', option));
  } else {
    input = document.createElement('input');
    input.type = attribute.type === 'color' ? 'text' : attribute.type;
    if (attribute.type === 'number') Object.assign(input, {min: attribute.min, max: attribute.max});
    input.placeholder = attribute.type === 'color' ? '#1a5fb4' : attribute.placeholder ?? '';
  }
  input.name = attribute.name;
  input.value = attribute.default;
  input.dataset.default = attribute.default;
  const hint = document.createElement('small');
  hint.textContent = `default: ${shown}`;
  label.append(input, hint);
  return label;
}

const groups = new Map();
for (const attribute of ATTRIBUTES) {
  if (!groups.has(attribute.group)) {
    const fieldset = document.createElement('fieldset');
    fieldset.append(Object.assign(document.createElement('legend'), {textContent: attribute.group}));
    groups.set(attribute.group, fieldset);
    document.getElementById('attributes').append(fieldset);
  }
  groups.get(attribute.group).append(control(attribute));
}

const field = (name) => form.elements.namedItem(name);
/** Sets a control; for the feed radios, checks the one with that value (RadioNodeList cannot pick ""). */
function setValue(name, stored) {
  const element = field(name);
  if (element instanceof RadioNodeList) {
    for (const radio of element) radio.checked = radio.value === stored;
  } else if (element) {
    element.value = stored;
  }
}
const value = (name) => {
  const element = field(name);
  return element instanceof RadioNodeList ? element.value : element.value.trim();
};

/** The feed addresses as a church page must write them: absolute, separated by spaces. */
function feedAddress() {
  const raw = `${value('preset') || value('url')} ${value('more-feeds')}`;
  return raw.split(/\s+/).filter(Boolean).map((address) => {
    try {
      return new URL(address, location.href).href;
    } catch {
      return address;
    }
  }).join(' ');
}

const escapeAttribute = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Applies the controls to the preview, the snippet and the address. */
function update() {
  const changed = ATTRIBUTES.filter((a) => value(a.name) !== a.default);
  widget.setAttribute('feed', feedAddress());
  for (const attribute of ATTRIBUTES) {
    const current = value(attribute.name);
    if (current === attribute.default) widget.removeAttribute(attribute.name);
    else widget.setAttribute(attribute.name, current);
  }

  const stage = document.getElementById('stage');
  stage.style.maxWidth = value('width') ? `${value('width')}px` : '';
  const page = document.getElementById('page');
  const background = value('background');
  page.className = `page ${background}`;
  page.style.background = background === 'custom' ? value('color') : '';
  page.style.fontFamily = value('font') === 'custom' ? value('customFont') : value('font');
  // The default theme takes its colours from the page: show it the new background.
  widget.requestUpdate();

  // An https page cannot read an http feed: the widget asks for https instead; say so while it is typed.
  const note = document.getElementById('feed-note');
  const insecure = location.protocol === 'https:' && /(^| )http:/i.test(feedAddress());
  note.textContent = insecure
    ? 'This address starts with http:, and church sites are https: the widget will ask for https instead. If the feed has an https address, use it.'
    : '';

  const script = new URL('../dist/news-widget.js', location.href).href;
  const sri = integrity ? ` integrity="${integrity}" crossorigin="anonymous"` : '';
  const attrs = [`feed="${escapeAttribute(feedAddress())}"`, ...changed.map((a) => `${a.name}="${escapeAttribute(value(a.name))}"`)];
  snippet.textContent = `<script src="${script}"${sri} defer></script>\n<news-widget ${attrs.join(' ')}></news-widget>`;

  const state = new URLSearchParams();
  for (const name of PAGE) {
    const element = field(name);
    const initial = element instanceof RadioNodeList ? 'feeds/wordpress-rss.xml' : element.defaultValue;
    if (value(name) !== initial) state.set(name, value(name));
  }
  for (const a of changed) state.set(a.name, value(a.name));
  history.replaceState(null, '', state.size ? `?${state}` : location.pathname);
}

/** Restores the controls from the address, so a shared link shows the same preview. */
function restore() {
  const state = new URLSearchParams(location.search);
  for (const [name, stored] of state) setValue(name, stored);
}

async function copy(text) {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // No clipboard permission (or an old browser): select it so Ctrl+C / Cmd+C does the rest.
    getSelection().selectAllChildren(snippet);
    document.execCommand('copy');
  }
}

document.getElementById('copy').addEventListener('click', async () => {
  await copy(snippet.textContent);
  copied.textContent = 'Copied. Now paste it into your page.';
});
document.getElementById('share').addEventListener('click', async () => {
  await copy(location.href);
  copied.textContent = 'Link copied.';
});
form.addEventListener('input', update);
form.addEventListener('change', update);
field('url').addEventListener('input', () => setValue('preset', ''));

restore();
update();
// The build writes the script's hash next to it; with it, the snippet pins the exact file.
fetch('../dist/news-widget.js.sri').then((r) => (r.ok ? r.text() : '')).then((hash) => {
  integrity = hash.trim();
  update();
}, () => {});
