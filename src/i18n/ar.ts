import type {Strings} from './en.js';

export const ar: Strings = {
  loading: 'جارٍ تحميل الأخبار…',
  empty: 'لا توجد أخبار حاليًا.',
  error: 'تعذّر تحميل الأخبار.',
  'error.http': 'ردّ خادم الأخبار بخطأ (HTTP {status}).',
  'error.network': 'تعذّر الوصول إلى خادم الأخبار.',
  'error.cors': 'لا يسمح خادم الأخبار للمواقع الأخرى بقراءة موجزه (CORS، راجع README).',
  'error.insecure': 'لا يمكن لهذه الصفحة الآمنة (https) قراءة موجز بعنوان http: استخدم عنوان https للموجز.',
  'error.timeout': 'استغرق خادم الأخبار وقتًا طويلًا للرد.',
  'error.not-a-feed': 'هذا العنوان لا يشير إلى موجز أخبار.',
  'error.malformed': 'موجز الأخبار تالف أو فارغ.',
  readMore: 'اقرأ الخبر كاملًا',
  readLess: 'عرض أقل',
  continueAt: 'تابع القراءة على {source}',
  from: 'المصدر:',
  by: 'بقلم {author}',
  updated: 'آخر تحديث {time}',
  more: 'مزيد من الأخبار',
  back: 'العودة إلى كل الأخبار',
  loaded: {
    one: 'تم تحميل خبر واحد',
    two: 'تم تحميل خبرين',
    few: 'تم تحميل {n} أخبار',
    many: 'تم تحميل {n} خبرًا',
    other: 'تم تحميل {n} خبر',
  },
};
