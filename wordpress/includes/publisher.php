<?php
// For a publisher: "Let other sites show my news". On, the site's feeds carry the CORS header the
// widget needs on other origins, and cache headers that let a CDN or proxy carry the load.
defined('ABSPATH') || exit;

const NEWS_WIDGET_OPTION = 'news_widget_open_feeds';

add_action('admin_init', function () {
    register_setting('news_widget', NEWS_WIDGET_OPTION, ['type' => 'boolean', 'default' => false, 'sanitize_callback' => 'rest_sanitize_boolean']);
});

add_action('admin_menu', function () {
    add_options_page('News widget', 'News widget', 'manage_options', 'news-widget', 'news_widget_settings_page');
});

function news_widget_settings_page() {
    ?>
    <div class="wrap">
        <h1>News widget</h1>
        <form method="post" action="options.php">
            <?php settings_fields('news_widget'); ?>
            <p>
                <label>
                    <input type="checkbox" name="<?php echo esc_attr(NEWS_WIDGET_OPTION); ?>" value="1" <?php checked(get_option(NEWS_WIDGET_OPTION)); ?>>
                    Let other sites show my news
                </label>
            </p>
            <p class="description">Other sites' widgets can then read this site's feeds (RSS and Atom). Feeds are public and the
                widget sends no cookies, so nothing private is shared. Feeds are also marked cacheable for five minutes, so a CDN
                or proxy in front of the site can answer for it.</p>
            <?php submit_button(); ?>
        </form>
    </div>
    <?php
}

// Before WordPress prints the feed: headers must come first.
add_action('template_redirect', function () {
    if (is_feed() && get_option(NEWS_WIDGET_OPTION)) {
        header('Access-Control-Allow-Origin: *');
        header('Cache-Control: public, max-age=300, stale-while-revalidate=86400');
    }
}, 0);
