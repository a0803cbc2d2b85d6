<?php
// Installs WordPress without a browser and seeds it: four authors, four categories, three tags and
// 25 posts a day apart, each with a featured picture (GD draws them; WordPress makes its sizes),
// except post 5, whose only picture is in its text. Run by server.mjs with the site's environment.
$_SERVER['HTTP_HOST'] = parse_url(getenv('NW_HOME'), PHP_URL_HOST);
if (($argv[1] ?? '') === 'rules') {
    // A second run, in a WordPress that loaded with pretty permalinks: only then do categories,
    // tags and authors register their rewrite rules.
    require getenv('NW_SITE') . '/wp-load.php';
    flush_rewrite_rules(false);
    exit;
}
define('WP_INSTALLING', true);
require getenv('NW_SITE') . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/image.php';

$title = getenv('NW_TITLE') ?: 'Grace News Service';
wp_install($title, 'admin', 'admin@example.org', true, '', 'news-widget-admin');
update_option('permalink_structure', '/%year%/%monthnum%/%postname%/');
update_option('posts_per_rss', 30);
update_option('blogdescription', 'News for churches');
flush_rewrite_rules();

$authors = [];
foreach (['Anna Berg', 'Samuel Okafor', 'Maria Lopez', 'Daniel Kim'] as $name) {
    $authors[] = wp_insert_user([
        'user_login' => strtolower(strtok($name, ' ')),
        'user_pass' => 'news-widget-author',
        'user_email' => strtolower(strtok($name, ' ')) . '@example.org',
        'display_name' => $name,
        'role' => 'author',
    ]);
}
$categories = [];
foreach (['World', 'Church', 'Persecution', 'Community'] as $name) {
    $categories[] = wp_insert_term($name, 'category')['term_id'];
}
foreach (['prayer', 'mission', 'youth'] as $name) {
    wp_insert_term($name, 'post_tag');
}
// The installer's "Hello world!" post and sample page are not the publisher's.
wp_delete_post(1, true);
wp_delete_post(2, true);

/** A 1200 × 675 JPEG with the story's number on it, as a media-library attachment of $post. */
function news_widget_picture($n, $post) {
    $uploads = wp_upload_dir();
    $file = $uploads['path'] . "/story-$n.jpg";
    $image = imagecreatetruecolor(1200, 675);
    imagefill($image, 0, 0, imagecolorallocate($image, (40 * $n) % 256, (90 + 15 * $n) % 256, (160 + 7 * $n) % 256));
    imagestring($image, 5, 560, 330, "Story $n", imagecolorallocate($image, 255, 255, 255));
    imagejpeg($image, $file, 70);
    $id = wp_insert_attachment(['post_mime_type' => 'image/jpeg', 'post_title' => "Picture $n", 'post_status' => 'inherit'], $file, $post);
    wp_update_attachment_metadata($id, wp_generate_attachment_metadata($id, $file));
    update_post_meta($id, '_wp_attachment_image_alt', "Picture for story $n");
    return $id;
}

for ($n = 1; $n <= (getenv('NW_NO_POSTS') ? 0 : 25); $n++) {
    $paragraphs = [];
    for ($p = 1; $p <= 4; $p++) {
        $paragraphs[] = "<!-- wp:paragraph -->\n<p>Paragraph $p of story $n. Churches in the region met to pray and to serve their neighbours, "
            . "and volunteers shared what they had seen during the week.</p>\n<!-- /wp:paragraph -->";
    }
    $post = wp_insert_post([
        'post_title' => "Story $n: news from the churches",
        'post_content' => implode("\n\n", $paragraphs),
        'post_excerpt' => '',
        // A draft first, as the editor makes it: WordPress's guid is then `?p=<id>`, as on real sites.
        'post_status' => 'draft',
        'post_author' => $authors[$n % 4],
        'post_date_gmt' => gmdate('Y-m-d H:i:s', gmmktime(9, 0, 0, 11, $n, 2026)),
        'post_date' => gmdate('Y-m-d H:i:s', gmmktime(9, 0, 0, 11, $n, 2026)),
        'post_category' => [$categories[$n % 4]],
        'tags_input' => $n % 7 === 2 ? ['prayer'] : ($n % 5 === 0 ? ['mission'] : []),
    ]);
    // Published as the editor publishes: the post gets its slug, so every permalink is its own.
    wp_update_post(['ID' => $post, 'post_status' => 'publish']);
    $picture = news_widget_picture($n, $post);
    if ($n === 5) {
        // The picture is in the text, not featured.
        $src = wp_get_attachment_image_src($picture, 'large');
        wp_update_post(['ID' => $post, 'post_content' => "<!-- wp:image {\"id\":$picture} -->\n<figure class=\"wp-block-image\"><img src=\"$src[0]\" alt=\"Picture for story 5\" class=\"wp-image-$picture\" width=\"$src[1]\" height=\"$src[2]\"/></figure>\n<!-- /wp:image -->\n\n"
            . get_post_field('post_content', $post)]);
    } else {
        set_post_thumbnail($post, $picture);
    }
}
echo "seeded\n";
