import type { Bilingual, ChannelKind, DossierAction, DossierState } from '@motcua/core';

/** A dossier's states as officers and citizens call them. */
export const STATUS_WORDS: Readonly<Record<DossierState, Bilingual>> = {
  submitted: { vi: 'Mới nộp', en: 'Submitted' },
  received: { vi: 'Đã tiếp nhận', en: 'Received' },
  'in-process': { vi: 'Đang xử lý', en: 'In process' },
  'supplement-requested': { vi: 'Chờ bổ sung', en: 'Supplement requested' },
  'result-ready': { vi: 'Có kết quả', en: 'Result ready' },
  returned: { vi: 'Đã trả kết quả', en: 'Returned' },
  rejected: { vi: 'Từ chối', en: 'Rejected' },
  withdrawn: { vi: 'Đã rút', en: 'Withdrawn' },
};

export const CHANNEL_WORDS: Readonly<Record<ChannelKind, Bilingual>> = {
  'in-person': { vi: 'Trực tiếp', en: 'In person' },
  online: { vi: 'Trực tuyến', en: 'Online' },
  postal: { vi: 'Bưu chính', en: 'By post' },
};

export const ACTION_WORDS: Readonly<Record<DossierAction, Bilingual>> = {
  receive: { vi: 'Tiếp nhận', en: 'Receive' },
  forward: { vi: 'Chuyển bước', en: 'Forward' },
  'request-supplement': { vi: 'Yêu cầu bổ sung', en: 'Request a supplement' },
  supplement: { vi: 'Nhận bổ sung', en: 'Record the supplement' },
  extend: { vi: 'Gia hạn', en: 'Extend' },
  approve: { vi: 'Phê duyệt', en: 'Approve' },
  reject: { vi: 'Từ chối', en: 'Reject' },
  return: { vi: 'Trả kết quả', en: 'Return the result' },
  withdraw: { vi: 'Rút hồ sơ', en: 'Withdraw' },
};

/** What a history line says was done: the actions, the filing and the citizen's rating. */
export const EVENT_WORDS: Readonly<Record<string, Bilingual>> = {
  ...ACTION_WORDS,
  submit: { vi: 'Nộp hồ sơ', en: 'Filed' },
  rate: { vi: 'Đánh giá', en: 'Rated' },
};

/** Dates in full, as official papers write them: 23/11/2026. */
const DAY = { day: '2-digit', month: '2-digit', year: 'numeric' } as const;

/** A date-time as an officer reads it, in Vietnam's time. */
export function dateTime(iso: string, locale: 'vi' | 'en'): string {
  return new Intl.DateTimeFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', { ...DAY, hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date(iso));
}

/** A date alone (an ISO date or date-time), in Vietnam's time. */
export function dateOnly(iso: string, locale: 'vi' | 'en'): string {
  const instant = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T12:00:00+07:00`) : new Date(iso);
  return new Intl.DateTimeFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', { ...DAY, timeZone: 'Asia/Ho_Chi_Minh' }).format(instant);
}
