<?php
// Activates the news-widget plugin on a test site and makes the pages the plugin tests open. With an
// argument (the publisher's address), it is the church's second site: one page showing that feed.
// Prints the pages' addresses as JSON.
$_SERVER['HTTP_HOST'] = parse_url(getenv('NW_HOME'), PHP_URL_HOST);
require getenv('NW_SITE') . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

$activated = activate_plugin('news-widget/news-widget.php');
if (is_wp_error($activated)) {
    fwrite(STDERR, $activated->get_error_message());
    exit(1);
}
function news_widget_test_page($slug, $content) {
    $id = wp_insert_post(['post_type' => 'page', 'post_status' => 'publish', 'post_title' => ucfirst($slug), 'post_name' => $slug,
        'post_content' => $content]);
    return get_permalink($id);
}

$publisher = $argv[1] ?? null;
if ($publisher) {
    echo wp_json_encode(['publisherFeed' => news_widget_test_page('publisher-feed',
        "[news_widget feed=\"$publisher/feed/\" limit=\"3\" cache=\"0\" loading=\"eager\"]")]);
    exit;
}
$site = home_url('/');
// A classic widget as a block theme shows it: the Legacy Widget block, with its settings signed as WordPress signs them.
$instance = serialize(['feed' => $site, 'limit' => '3', 'heading' => 'News']);
$legacy = wp_json_encode(['idBase' => 'news_widget', 'instance' => ['encoded' => base64_encode($instance), 'hash' => wp_hash($instance)]]);
echo wp_json_encode([
    'block' => news_widget_test_page('block', "<!-- wp:news-widget/news {\"feed\":\"$site\",\"limit\":\"3\",\"heading\":\"Latest news\"} /-->"),
    'shortcode' => news_widget_test_page('shortcode', "<!-- wp:shortcode -->\n[news_widget feed=\"$site\" limit=\"3\" layout=\"list\" image_position=\"left\"]\n<!-- /wp:shortcode -->"),
    'sidebar' => news_widget_test_page('sidebar', '<!-- wp:columns --><div class="wp-block-columns">'
        . '<!-- wp:column {"width":"66%"} --><div class="wp-block-column" style="flex-basis:66%"><!-- wp:paragraph --><p>Welcome to our church.</p><!-- /wp:paragraph --></div><!-- /wp:column -->'
        . '<!-- wp:column {"width":"33%"} --><div class="wp-block-column" style="flex-basis:33%">'
        . "<!-- wp:legacy-widget $legacy /-->"
        . '</div><!-- /wp:column --></div><!-- /wp:columns -->'),
    'hostile' => news_widget_test_page('hostile', "<!-- wp:shortcode -->\n[news_widget feed=\"javascript:alert(1)\" heading='\"><b onclick=alert(1)>x</b>' "
        . "limit=\"5 onmouseover=alert(1)\" accent=\"red;background:url(x)\" layout=\"grid\" detail_page_uri=\"javascript:alert(2)\" "
        . "strings='{\"more\":\"Older\"}' proxy=\"https://proxy.example/?u={url}\" data-x=\"1\"]\n<!-- /wp:shortcode -->"),
    'plain' => news_widget_test_page('plain', '<!-- wp:paragraph --><p>No news here.</p><!-- /wp:paragraph -->'),
]);
