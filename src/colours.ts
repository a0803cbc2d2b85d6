import type {ReactiveController, ReactiveControllerHost} from 'lit';

// The default theme, "host": colours chosen for the background the widget actually sits on, so its
// links, buttons and muted text reach WCAG's 4.5:1 on a light, mid-grey or dark church theme alike.

type Rgb = number[];

const WHITE = [255, 255, 255];
const BLACK = [0, 0, 0];
const ACCENT = {light: [26, 95, 180], dark: [153, 193, 241]};

/** A computed `rgb()`/`rgba()` colour as [r, g, b], or null when it is mostly transparent or not rgb. */
export function rgb(color: string): Rgb | null {
  const m = /rgba?\(([\d.]+)[, ]+([\d.]+)[, ]+([\d.]+)(?:[,/ ]+([\d.]+))?/.exec(color);
  return m && !(+(m[4] ?? 1) < 0.5) ? [+m[1], +m[2], +m[3]] : null;
}

const luminance = (c: Rgb) =>
  c.map((v) => ((v /= 255) <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)).reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);

/** WCAG's contrast ratio of two colours. */
export function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const mix = (from: Rgb, to: Rgb, t: number) => from.map((v, i) => Math.round(v + (to[i] - v) * t));

/** `from`, moved toward `to` in tenths until it reaches 4.5:1 on `background`. */
function readable(from: Rgb, to: Rgb, background: Rgb): Rgb {
  for (let t = 0; t < 1; t += 0.1) {
    const c = mix(from, to, t);
    if (contrast(c, background) >= 4.5) return c;
  }
  return to;
}

/**
 * The background `el` is drawn on: the nearest ancestor's (across shadow roots) that is opaque
 * enough to count, else white, the canvas.
 */
export function backgroundOf(el: Element): Rgb {
  for (let node: Element | null = el; node; node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null)) {
    const found = rgb(getComputedStyle(node).backgroundColor);
    if (found) return found;
  }
  return WHITE;
}

/** The accent and muted colours for `background` and the text colour inherited from the page. */
export function hostColours(background: Rgb, text: Rgb): string {
  const dark = luminance(background) < 0.18;
  const accent = readable(dark ? ACCENT.dark : ACCENT.light, dark ? WHITE : BLACK, background);
  // Muted text is the page's text a little faded, never below 4.5:1 (the page's own text is the limit).
  const muted = readable(mix(background, text, 0.7), text, background);
  return `--_host-accent:rgb(${accent});--_host-muted:rgb(${muted})`;
}

/** The accent as a CSS custom property, only if it is a colour (a script may set anything). */
export function accent(color: unknown): string {
  return typeof color === 'string' && color && CSS.supports('color', color) ? `--_accent:${color}` : '';
}

/**
 * The "host" theme's colours for its host, chosen before every render (so a page that switches to
 * dark is followed at the next one), and an accent the page or the attribute sets that is hard to
 * read here, said once in the console after the render that shows it.
 */
export class HostColours implements ReactiveController {
  /** The custom properties to set on the widget, or '' outside the host theme. */
  style = '';
  #background = WHITE;
  /** The theme and accent last checked, and the accent last found unreadable. */
  #checked = '';
  #unreadable = '';

  constructor(private readonly host: ReactiveControllerHost & HTMLElement & {theme: string; accent: string; renderRoot: ParentNode}) {
    host.addController(this);
  }

  hostUpdate(): void {
    const {host} = this;
    this.style = '';
    if (host.theme !== 'host') return;
    this.#background = backgroundOf(host);
    this.style = hostColours(this.#background, rgb(getComputedStyle(host).color) ?? BLACK);
  }

  hostUpdated(): void {
    const {theme, accent, renderRoot} = this.host;
    if (`${theme} ${accent}` === this.#checked) return;
    this.#checked = `${theme} ${accent}`;
    const base = renderRoot.querySelector('.host');
    const used = base && getComputedStyle(base).caretColor;
    const color = used && rgb(used);
    if (color && used !== this.#unreadable && contrast(color, this.#background) < 4.5) {
      this.#unreadable = used;
      console.warn(`[news-widget] The accent ${used} has a contrast of ${contrast(color, this.#background).toFixed(1)}:1 on this ` +
        'page\'s background; links and buttons need 4.5:1 to be readable.');
    }
  }
}
