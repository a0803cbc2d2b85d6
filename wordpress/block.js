// The "News" block in the editor: its main settings in the sidebar and a live preview, rendered by
// the server exactly as the page will show it. Plain script on WordPress's own wp.* globals: no build step.
(function (wp) {
  const {createElement: h, Fragment} = wp.element;
  const {InspectorControls, useBlockProps} = wp.blockEditor;
  const {PanelBody, SelectControl, TextControl} = wp.components;
  const ServerSideRender = wp.serverSideRender;
  const options = (values) => values.map((value) => ({label: value || 'default', value}));
  const SELECTS = {
    layout: ['', 'cards', 'list', 'headlines'],
    image: ['', 'full', 'thumbnail', 'none'],
    image_position: ['', 'top', 'left', 'right'],
    excerpts: ['', 'true', 'false'],
    expand: ['', 'inline', 'link', 'page', 'none'],
    pager: ['', 'false', 'true'],
    theme: ['', 'host', 'light', 'dark', 'auto'],
  };
  const TEXTS = {
    feed: 'Feed or site address (several, separated by spaces, are merged)', limit: 'Stories',
    categories: 'Categories (comma-separated)', include: 'Only stories with these words (comma-separated)',
    exclude: 'No stories with these words (comma-separated)', fallback_image: 'Picture for stories without one (address)',
    blur_images: 'Blur the pictures of (all, or categories and words, comma-separated)',
    heading: 'Heading',
  };

  wp.blocks.registerBlockType('news-widget/news', {
    edit({attributes, setAttributes}) {
      const set = (name) => (value) => setAttributes({[name]: value});
      const fields = [
        ...Object.entries(TEXTS).map(([name, label]) => h(TextControl, {key: name, label, value: attributes[name], onChange: set(name),
          type: name === 'fallback_image' ? 'url' : name === 'limit' ? 'number' : 'text'})),
        ...Object.entries(SELECTS).map(([name, values]) => h(SelectControl, {key: name, label: name.replace('_', ' '),
          value: attributes[name], options: options(values), onChange: set(name)})),
      ];
      return h(Fragment, null,
        h(InspectorControls, null, h(PanelBody, {title: 'News'}, fields)),
        h('div', useBlockProps(), attributes.feed
          ? h(ServerSideRender, {block: 'news-widget/news', attributes})
          : h('p', null, 'Enter the address of a news feed or a WordPress site in the block settings.')));
    },
    save: () => null,
  });
})(window.wp);
