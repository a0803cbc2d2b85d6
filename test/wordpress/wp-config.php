<?php
// The test site's configuration, written into a copy of Debian's WordPress by server.mjs. The
// database is a private MariaDB reached over its socket; nothing here may reach the internet.
define('DB_NAME', 'wordpress');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', 'localhost:' . getenv('NW_DB_SOCKET'));
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
define('WP_HOME', getenv('NW_HOME'));
define('WP_SITEURL', getenv('NW_HOME'));
foreach (['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'] as $key) {
    define($key, 'news-widget-test-' . $key);
}
define('WP_DEBUG', false);
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_AUTO_UPDATE_CORE', false);
// No outbound requests: the machine has no internet, and an update check would wait for a timeout.
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('FS_METHOD', 'direct');
$table_prefix = getenv('NW_TABLE_PREFIX') ?: 'wp_';
if (!defined('ABSPATH')) {
    define('ABSPATH', __DIR__ . '/');
}
require_once ABSPATH . 'wp-settings.php';
