<?php
/**
 * Plugin Name: news-widget test site
 * Description: What the widget's real-WordPress tests ask of the site, chosen per request so tests can run side by side.
 *
 * - NW_NO_REST=1 in the server's environment: the REST API is switched off, as security plugins do.
 * - ?open=1 on a feed: the publisher lets other sites read it (Access-Control-Allow-Origin: *).
 * - ?excerpt=1 on a feed: Settings → Reading → "For each post in a feed, include: Excerpt".
 * - Every feed item ends with Yoast SEO's footer, "The post … appeared first on …", as on most
 *   publishers' sites.
 */

if (getenv('NW_NO_REST')) {
    add_filter('rest_authentication_errors', function () {
        return new WP_Error('rest_disabled', 'The REST API is switched off on this site.', ['status' => 401]);
    });
}

add_action('template_redirect', function () {
    if (is_feed() && isset($_GET['open'])) {
        header('Access-Control-Allow-Origin: *');
    }
}, 0);

if (isset($_GET['excerpt'])) {
    add_filter('pre_option_rss_use_excerpt', function () {
        return '1';
    });
}

function news_widget_test_footer($text) {
    $post = sprintf('<a href="%s">%s</a>', esc_url(get_permalink()), esc_html(get_the_title()));
    $site = sprintf('<a href="%s">%s</a>', esc_url(home_url('/')), esc_html(get_bloginfo('name')));
    return $text . "\n<p>The post $post appeared first on $site.</p>";
}
add_filter('the_content_feed', 'news_widget_test_footer');
add_filter('the_excerpt_rss', 'news_widget_test_footer');
