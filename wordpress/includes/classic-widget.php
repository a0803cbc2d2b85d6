<?php
// The classic widget, for sidebars in older themes (and the Legacy Widget block in newer ones).
defined('ABSPATH') || exit;

class News_Widget_Classic extends WP_Widget {
    /** The settings a sidebar needs; the shortcode and the block offer every attribute. */
    private const FIELDS = ['feed' => 'Feed address', 'heading' => 'Heading', 'limit' => 'Stories', 'layout' => 'Layout'];

    public function __construct() {
        parent::__construct('news_widget', 'News', ['description' => 'Headline cards from a news feed.', 'show_instance_in_rest' => true]);
    }

    public function widget($args, $instance) {
        $attributes = array_merge(['layout' => 'headlines', 'limit' => '5'], array_intersect_key((array) $instance, self::FIELDS));
        echo $args['before_widget'] . news_widget_render($attributes) . $args['after_widget']; // phpcs:ignore -- escaped in news_widget_render
    }

    public function form($instance) {
        foreach (self::FIELDS as $name => $label) {
            $id = $this->get_field_id($name);
            printf('<p><label for="%s">%s</label> <input class="widefat" id="%s" name="%s" type="%s" value="%s"></p>',
                esc_attr($id), esc_html($label), esc_attr($id), esc_attr($this->get_field_name($name)),
                $name === 'feed' ? 'url' : 'text', esc_attr($instance[$name] ?? ''));
        }
        return '';
    }

    public function update($new_instance, $old_instance) {
        $instance = [];
        foreach (array_keys(self::FIELDS) as $name) {
            $value = news_widget_value($name, $new_instance[$name] ?? '');
            if ($value !== null) {
                $instance[$name] = $value;
            }
        }
        return $instance;
    }
}

add_action('widgets_init', fn() => register_widget('News_Widget_Classic'));
