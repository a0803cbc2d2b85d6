<?php
// Removing the plugin removes what it stored: the publisher setting and the classic widgets' settings.
defined('WP_UNINSTALL_PLUGIN') || exit;
delete_option('news_widget_open_feeds');
delete_option('widget_news_widget');
