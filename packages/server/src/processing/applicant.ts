import { foldVietnamese } from '@motcua/core';

/**
 * Forms name the applicant's field as they like (hoTen, hoTenNguoiYeuCau,
 * tenChuDauTu, tenDoanhNghiep…); the requester's own name comes first,
 * then any top-level text whose key says it is a name.
 */
const PREFERRED = ['hoTenNguoiYeuCau', 'hoTen', 'tenChuDauTu', 'tenDoanhNghiep', 'nguoiYeuCau'];
const NAME_KEY = /^(hoTen|ten[A-Z])/;

/** The applicant's name as the answers give it, or null when no answer looks like one. */
export function applicantNameOf(answers: Record<string, unknown>): string | null {
  for (const key of PREFERRED) {
    const value = answers[key];
    if (typeof value === 'string' && value.trim()) return value.trim();
  }
  for (const [key, value] of Object.entries(answers)) {
    if (NAME_KEY.test(key) && typeof value === 'string' && value.trim()) return value.trim();
  }
  return null;
}

function texts(value: unknown, out: string[], depth: number): void {
  if (typeof value === 'string') out.push(value);
  else if (depth < 4 && value !== null && typeof value === 'object') for (const inner of Object.values(value)) texts(inner, out, depth + 1);
}

/** What the officers' search looks in: code, applicant and every text answer, folded, at most 4,000 characters. */
export function searchTextOf(code: string, applicant: string | null, answers: Record<string, unknown>): string {
  const parts = [code, applicant ?? ''];
  texts(answers, parts, 0);
  return foldVietnamese(parts.join(' ')).slice(0, 4000);
}
