<?php
/**
 * Plugin Name:       News Widget
 * Description:       Show a publisher's news on your church's site: a block, a shortcode and a classic widget that show any RSS, Atom, JSON Feed or WordPress site as headline cards that expand in place. For publishers, one switch lets other sites show your news.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      8.0
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       news-widget
 *
 * The widget itself is the project's built script (news-widget.js, MIT, GPL-compatible), served
 * from this folder: no third-party script reaches the page.
 */

defined('ABSPATH') || exit;

const NEWS_WIDGET_VERSION = '0.1.0';

/**
 * Every attribute of <news-widget>, with how its value is checked: a list of allowed values, or a
 * kind ('urls', 'url', 'int', 'bool', 'text', 'color', 'json').
 */
const NEWS_WIDGET_ATTRIBUTES = [
    'feed' => 'urls',
    'limit' => 'int',
    'layout' => ['cards', 'list', 'headlines'],
    'image' => ['full', 'thumbnail', 'none'],
    'image-position' => ['top', 'left', 'right'],
    'fallback-image' => 'url',
    'blur-images' => 'text',
    'excerpts' => 'bool',
    'excerpt-length' => 'int',
    'categories' => 'text',
    'include' => 'text',
    'exclude' => 'text',
    'pager' => 'bool',
    'expand' => ['inline', 'link', 'page', 'none'],
    'detail-page' => 'url',
    'heading' => 'text',
    'heading-level' => 'int',
    'date' => ['short', 'long', 'relative', 'none'],
    'locale' => 'text',
    'time-zone' => 'text',
    'theme' => ['host', 'light', 'dark', 'auto'],
    'accent' => 'color',
    'target' => ['_blank', '_self'],
    'attribution' => 'bool',
    'timeout' => 'int',
    'cache' => 'int',
    'loading' => ['lazy', 'eager'],
    'refresh' => 'int',
    'proxy' => 'url',
    'strings' => 'json',
];

/** One attribute's value, checked; null when it is not acceptable (the attribute is then left out). */
function news_widget_value(string $name, $value): ?string {
    $kind = NEWS_WIDGET_ATTRIBUTES[$name];
    if (is_bool($value)) {
        $value = $value ? 'true' : 'false';
    }
    if (!is_scalar($value)) {
        return null;
    }
    $value = trim((string) $value);
    if (is_array($kind)) {
        return in_array($value, $kind, true) ? $value : null;
    }
    switch ($kind) {
        case 'urls':
            $urls = array_filter(array_map(
                fn($url) => esc_url_raw($url, ['http', 'https']),
                preg_split('/\s+/', $value, -1, PREG_SPLIT_NO_EMPTY)
            ));
            return $urls ? implode(' ', $urls) : null;
        case 'url':
            // A proxy template keeps its {url}; anything else must be an http(s) address.
            $url = esc_url_raw(str_replace('{url}', 'NEWSWIDGETURL', $value), ['http', 'https']);
            return $url !== '' ? str_replace('NEWSWIDGETURL', '{url}', $url) : null;
        case 'int':
            return preg_match('/^\d{1,6}$/', $value) ? $value : null;
        case 'bool':
            return in_array($value, ['true', '1', 'yes', 'on'], true) ? 'true'
                : (in_array($value, ['false', '0', 'no', 'off'], true) ? 'false' : null);
        case 'color':
            return preg_match('/^(#[0-9a-f]{3,8}|[a-z]{3,20}|(rgb|hsl)a?\([0-9.,%\s\/]{1,40}\))$/i', $value) ? $value : null;
        case 'json':
            $decoded = json_decode($value, true);
            return is_array($decoded) ? wp_json_encode($decoded) : null;
        default:
            $text = sanitize_text_field($value);
            return $text !== '' ? $text : null;
    }
}

/**
 * <news-widget> for a set of attributes, by their own names or with underscores (`image_position`,
 * `detail_page_uri` as older pages have them); unknown and unacceptable ones are left out, every
 * value escaped. Enqueues the script, so it loads only on pages that show a widget.
 */
function news_widget_render(array $given): string {
    $html = '';
    foreach ($given as $key => $value) {
        $name = str_replace('_', '-', strtolower((string) $key));
        if ($name === 'detail-page-uri') {
            $name = 'detail-page';
        }
        if (!isset(NEWS_WIDGET_ATTRIBUTES[$name]) || $value === '' || $value === null) {
            continue;
        }
        $checked = news_widget_value($name, $value);
        if ($checked !== null) {
            $html .= sprintf(' %s="%s"', $name, esc_attr($checked));
        }
    }
    wp_enqueue_script('news-widget');
    return "<news-widget$html></news-widget>";
}

add_action('init', function () {
    wp_register_script('news-widget', plugins_url('news-widget.js', __FILE__), [], NEWS_WIDGET_VERSION, true);
    wp_register_script('news-widget-block', plugins_url('block.js', __FILE__),
        ['wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-server-side-render', 'news-widget'], NEWS_WIDGET_VERSION, true);
    add_shortcode('news_widget', fn($atts) => news_widget_render(is_array($atts) ? $atts : []));
    register_block_type('news-widget/news', [
        'api_version' => 2,
        'title' => 'News',
        'description' => 'Headline cards from a news feed, expanding in place.',
        'category' => 'widgets',
        'icon' => 'rss',
        'keywords' => ['news', 'feed', 'rss'],
        'editor_script' => 'news-widget-block',
        'attributes' => news_widget_block_attributes(),
        'supports' => ['html' => false, 'align' => ['wide', 'full']],
        'render_callback' => fn($attributes) => news_widget_render($attributes),
    ]);
});

/** The block's attributes: each widget attribute, by its underscore name, as a string. */
function news_widget_block_attributes(): array {
    $attributes = [];
    foreach (array_keys(NEWS_WIDGET_ATTRIBUTES) as $name) {
        $attributes[str_replace('-', '_', $name)] = ['type' => 'string', 'default' => ''];
    }
    $attributes['limit']['default'] = '5';
    return $attributes;
}

// The script as a church page has it: deferred.
add_filter('script_loader_tag', function ($tag, $handle) {
    return $handle === 'news-widget' && !str_contains($tag, ' defer') ? str_replace(' src=', ' defer src=', $tag) : $tag;
}, 10, 2);

require __DIR__ . '/includes/classic-widget.php';
require __DIR__ . '/includes/publisher.php';
