// Switches the preview between the bundled sample feeds and shows the matching snippet.
const widget = document.querySelector('news-widget');
const snippet = document.getElementById('snippet');

function update() {
  const feed = document.querySelector('input[name=feed]:checked').value;
  widget.setAttribute('feed', feed);
  const absolute = new URL(feed, location.href).href;
  const script = new URL('../dist/news-widget.js', location.href).href;
  snippet.textContent = `<script src="${script}" defer></script>\n<news-widget feed="${absolute}" limit="6"></news-widget>`;
}

for (const input of document.querySelectorAll('input[name=feed]')) input.addEventListener('change', update);
update();
