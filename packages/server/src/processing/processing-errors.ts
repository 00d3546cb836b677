import type { DossierState, StepRole } from '@motcua/core';
import { ApiError } from '../http/api-error.js';

/** The action is not one that the dossier's state allows: 409. */
export function transitionRefused(action: string, status: string, allowedFrom: readonly DossierState[]): ApiError {
  return new ApiError(
    409,
    'transition-not-allowed',
    {
      vi: `Không thể “${action}” hồ sơ đang ở trạng thái “${status}”${allowedFrom.length > 0 ? `; chỉ được khi hồ sơ ở trạng thái ${allowedFrom.join(', ')}` : ''}.`,
      en: `A dossier in state “${status}” cannot take “${action}”${allowedFrom.length > 0 ? `; only one in ${allowedFrom.join(', ')} can` : ''}.`,
    },
    { action, status, allowedFrom },
  );
}

/** The dossier's current step is not one this action is taken at (approving at the specialist's step): 409. */
export function wrongStep(action: string, step: { id: string; role: StepRole }, expectedSteps: readonly string[]): ApiError {
  return new ApiError(
    409,
    'wrong-step',
    {
      vi: `Hồ sơ đang ở bước “${step.id}” (vai trò ${step.role}); việc “${action}” chỉ làm ở bước ${expectedSteps.join(', ')}.`,
      en: `The dossier is at step “${step.id}” (role ${step.role}); “${action}” is taken at step ${expectedSteps.join(', ')} only.`,
    },
    { action, step: step.id, stepRole: step.role, expectedSteps },
  );
}

/** The officer holds none of the step roles the action needs in the dossier's agency: 403. */
export function stepRoleRequired(action: string, needed: readonly string[], held: readonly string[], agency: string): ApiError {
  return new ApiError(
    403,
    'step-role-required',
    {
      vi: `Việc “${action}” cần vai trò ${needed.join(' hoặc ')} tại cơ quan “${agency}”; bạn có: ${held.length > 0 ? held.join(', ') : 'không có vai trò nào'}.`,
      en: `“${action}” needs the step role ${needed.join(' or ')} in the agency “${agency}”; you hold: ${held.length > 0 ? held.join(', ') : 'none'}.`,
    },
    { action, needed, held, agency },
  );
}

export function ifMatchRequired(revision: number): ApiError {
  return new ApiError(
    428,
    'if-match-required',
    {
      vi: 'Cần tiêu đề If-Match với phiên bản (ETag) của hồ sơ bạn đang xem, để hai cán bộ không xử lý cùng lúc một hồ sơ.',
      en: 'An If-Match header with the revision (ETag) of the dossier you are looking at is required, so two officers never act on it at once.',
    },
    { revision },
  );
}

/** Another action changed the dossier since the officer read it: 412, with where it stands now. */
export function dossierChanged(revision: number, status: string): ApiError {
  return new ApiError(
    412,
    'dossier-changed',
    {
      vi: 'Hồ sơ vừa được người khác xử lý; vui lòng tải lại trước khi thao tác.',
      en: 'The dossier was just changed by someone else; reload it before acting.',
    },
    { revision, status },
  );
}

/** A request that fits the schema but not this dossier: 422 with a stable code. */
export function unfit(code: string, vi: string, en: string, details?: Record<string, unknown>): ApiError {
  return new ApiError(422, code, { vi, en }, details);
}
