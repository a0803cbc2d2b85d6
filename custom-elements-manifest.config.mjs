// @custom-elements-manifest/analyzer: custom-elements.json from the class JSDoc of <news-widget>.
// The README's API tables are checked against it (scripts/check-readme.mjs).
export default {
  globs: ['src/news-widget.ts', 'src/define.ts', 'src/events.ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [
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
