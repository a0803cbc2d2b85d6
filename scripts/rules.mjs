// The element's table of attributes (src/attributes.ts), loaded in Node for the tools that need it:
// the manifest's defaults (custom-elements-manifest.config.mjs) and the WordPress plugin's test.
// The table's module reads the page's prototypes when loaded; here they only need to exist.
import {build} from 'esbuild';

export async function loadRules() {
  Object.assign(globalThis, {Document: globalThis.Document ?? class {}, document: globalThis.document ?? {}});
  const {outputFiles} = await build({entryPoints: [new URL('../src/attributes.ts', import.meta.url).pathname], bundle: true,
    write: false, format: 'esm', platform: 'neutral'});
  return import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
}
