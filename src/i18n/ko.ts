import type {Strings} from './en.js';

export const ko: Strings = {
  loading: '뉴스를 불러오는 중…',
  empty: '지금은 뉴스가 없습니다.',
  error: '뉴스를 불러올 수 없습니다.',
  'error.http': '뉴스 서버가 오류를 반환했습니다(HTTP {status}).',
  'error.network': '뉴스 서버에 연결할 수 없습니다.',
  'error.cors': '뉴스 서버가 다른 사이트에서 피드를 읽도록 허용하지 않습니다(CORS, README 참고).',
  'error.insecure': '이 보안(https) 페이지는 http 주소의 피드를 읽을 수 없습니다. 피드의 https 주소를 사용하세요.',
  'error.timeout': '뉴스 서버의 응답 시간이 초과되었습니다.',
  'error.not-a-feed': '이 주소는 뉴스 피드가 아닙니다.',
  'error.malformed': '뉴스 피드가 손상되었거나 비어 있습니다.',
  readMore: '기사 전문 읽기',
  readLess: '접기',
  continueAt: '{source}에서 계속 읽기',
  from: '출처:',
  by: '작성자: {author}',
  updated: '업데이트: {time}',
  more: '뉴스 더 보기',
  back: '전체 뉴스로 돌아가기',
  partial: '출처 {total}개 중 {failed}개를 불러오지 못했습니다.',
  loaded: {other: '뉴스 {n}건을 불러왔습니다'},
};
