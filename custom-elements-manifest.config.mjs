// @custom-elements-manifest/analyzer: custom-elements.json from the class JSDoc of <news-widget>.
// The README's API tables are checked against it (scripts/api-docs.mjs).
import {loadRules} from './scripts/rules.mjs';

// The attributes and their defaults come from the one table in src/attributes.ts, which the element
// turns into its reactive properties at run time, where the analyzer cannot see them.
const {RULES, attributeOf, defaultOf} = await loadRules();
const shown = (value) => (typeof value === 'string' ? `'${value}'` : String(value));

export default {
  globs: ['src/news-widget.ts', 'src/define.ts', 'src/events.ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [
    {
      name: 'attributes-from-rules',
      packageLinkPhase({customElementsManifest}) {
        const widget = customElementsManifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'news-widget');
        widget.attributes = Object.entries(RULES).map(([name, rule]) => {
          const field = widget.members.find((m) => m.kind === 'field' && m.name === name && !m.static);
          if (!field) throw new Error(`src/attributes.ts names ${name}, which src/news-widget.ts does not declare.`);
          field.default = shown(defaultOf(rule));
          return {name: attributeOf(name), type: field.type, description: field.description, default: field.default, fieldName: name};
        });
      },
    },
    {
      name: 'drop-internal-state-and-unnamed-events',
      // Lit's `state: true` properties are internal, not attributes; the analyzer lists them as both.
      packageLinkPhase({customElementsManifest}) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            const hidden = new Set((declaration.members ?? []).filter((m) => m.privacy === 'private').map((m) => m.name));
            if (declaration.attributes) declaration.attributes = declaration.attributes.filter((a) => !hidden.has(a.fieldName));
            // `dispatchEvent(open ? new A() : new B())` reads to it as an event without a name; the
            // @fires tags already name both.
            if (declaration.events) declaration.events = declaration.events.filter((e) => e.name);
          }
        }
      },
    },
  ],
};
