import { MotcuaError } from '../errors.js';

export type CaseErrorCode = 'case-required' | 'case-unknown' | 'case-none-applies';

export class CaseError extends MotcuaError<CaseErrorCode> {}

export function caseRequired(choices: string[]): CaseError {
  return new CaseError(
    'case-required',
    {
      vi: 'Thủ tục này có nhiều trường hợp: vui lòng chọn một trường hợp.',
      en: 'This procedure has several cases: choose one.',
    },
    { choices },
  );
}

export function caseUnknown(id: string, choices: string[]): CaseError {
  return new CaseError(
    'case-unknown',
    { vi: `Không có trường hợp “${id}” trong thủ tục này.`, en: `This procedure has no case “${id}”.` },
    { case: id, choices },
  );
}

export function caseNoneApplies(): CaseError {
  return new CaseError('case-none-applies', {
    vi: 'Các câu trả lời không thuộc trường hợp nào của thủ tục này.',
    en: 'The answers fit none of this procedure’s cases.',
  });
}
