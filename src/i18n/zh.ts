import type {Strings} from './en.js';

// Simplified Chinese.
export const zh: Strings = {
  loading: '正在加载新闻…',
  empty: '暂无新闻。',
  error: '无法加载新闻。',
  'error.http': '新闻服务器返回错误（HTTP {status}）。',
  'error.network': '无法连接新闻服务器。',
  'error.cors': '新闻服务器不允许其他网站读取其订阅源（CORS，见 README）。',
  'error.insecure': 'https 页面无法读取 http 订阅源：请使用订阅源的 https 地址。',
  'error.timeout': '新闻服务器响应超时。',
  'error.not-a-feed': '该地址不是新闻订阅源。',
  'error.malformed': '新闻订阅源已损坏或为空。',
  readMore: '阅读全文',
  readLess: '收起',
  continueAt: '前往 {source} 继续阅读',
  from: '来源：',
  by: '作者：{author}',
  updated: '更新于{time}',
  more: '更多新闻',
  back: '返回全部新闻',
  partial: '{total} 个来源中有 {failed} 个无法加载。',
  play: '播放视频：{title}',
  embed: '打开嵌入的内容（{host}）',
  show: '显示图片',
  loaded: {other: '已加载 {n} 条新闻'},
};
