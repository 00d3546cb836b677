import { createAjv } from '@motcua/core';
const v = createAjv().compile({ type: 'array', uniqueItems: true });
for (const d of [[{valueOf: 1}, {valueOf: 1}], JSON.parse('[{"toString":1},{"toString":1}]'), [{a:1},{valueOf:2}]]) {
  try { console.log(v(d)); } catch (e) { console.log('throws', e.message); }
}
