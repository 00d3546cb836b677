import type { Bilingual, ChannelKind } from '@motcua/core';

/** How officers and citizens name each way of submitting a dossier or returning a result. */
export const CHANNEL_NAMES: Readonly<Record<ChannelKind, Bilingual>> = {
  'in-person': { vi: 'Trực tiếp', en: 'In person' },
  online: { vi: 'Trực tuyến', en: 'Online' },
  postal: { vi: 'Qua bưu chính công ích', en: 'By public postal service' },
};
