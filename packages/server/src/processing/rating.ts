import type { DossierRow } from '../db/dossier-store.js';
import { ApiError } from '../http/api-error.js';
import type { Services } from '../services/services.js';
import type { RATINGS } from './action-schemas.js';
import { writeDossier } from './dossier-ledger.js';

/**
 * The citizen's rating of a returned dossier, once: a second is a 409.
 * Its event goes through the ledger like every action's.
 */
export function rateDossier(services: Services, row: DossierRow, rating: (typeof RATINGS)[number], comment: string | undefined): DossierRow {
  return services.db.transaction(() => {
    const now = services.dossiers.get(row.code) as DossierRow;
    if (now.status !== 'returned') {
      throw new ApiError(409, 'not-returned-yet', { vi: 'Chỉ đánh giá được sau khi đã nhận kết quả.', en: 'A dossier can be rated only once its result is returned.' }, { status: now.status });
    }
    if (now.rating !== null) {
      throw new ApiError(409, 'already-rated', { vi: 'Hồ sơ này đã được đánh giá; mỗi hồ sơ chỉ đánh giá một lần.', en: 'This dossier has already been rated; each dossier is rated once.' }, { rating: now.rating, ratedAt: now.ratedAt });
    }
    const at = services.now().toISOString();
    writeDossier(services, {
      kind: 'change',
      before: now,
      changes: { rating, ratingComment: comment ?? null, ratedAt: at },
      event: { at, actor: 'citizen', actorRole: 'citizen', action: 'rate', fromStatus: now.status, toStatus: now.status, fromStep: now.stepId, toStep: now.stepId, note: null, details: { rating } },
    });
    return services.dossiers.get(row.code) as DossierRow;
  });
}
