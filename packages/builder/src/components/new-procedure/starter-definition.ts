import type { ProcedureDefinition } from '@motcua/core';

/**
 * The smallest definition core accepts, so a procedure created from scratch is valid from its
 * first save and the officer edits a working form rather than a list of problems.
 */
export function starterDefinition(code: string, name: { vi: string; en: string }): ProcedureDefinition {
  return {
    formatVersion: 1,
    code,
    name,
    sector: 'chung-thuc',
    tier: 'commune',
    agency: { vi: 'Ủy ban nhân dân cấp xã', en: 'Commune People’s Committee' },
    applicants: ['citizen'],
    onlineLevel: 'full',
    channels: [{ kind: 'in-person' }, { kind: 'online' }],
    serviceLevel: { amount: 5, unit: 'working-days' },
    steps: [
      { id: 'tiep-nhan', name: { vi: 'Tiếp nhận hồ sơ', en: 'Receive the application' }, role: 'receiver', duration: { amount: 1, unit: 'working-days' } },
      { id: 'xu-ly', name: { vi: 'Xử lý hồ sơ', en: 'Process the application' }, role: 'specialist', duration: { amount: 4, unit: 'working-days' } },
    ],
    caseSelection: 'choice',
    cases: [{ id: 'mac-dinh', name: { vi: 'Mặc định', en: 'Default' } }],
    form: {
      schema: { type: 'object', properties: { hoTen: { type: 'string', title: 'Họ và tên', minLength: 1 } }, required: ['hoTen'] },
      i18n: { en: { '/schema/properties/hoTen/title': 'Full name' } },
    },
    result: { name: { vi: 'Kết quả giải quyết thủ tục', en: 'The procedure’s result' }, delivery: ['in-person', 'online'] },
    // Core asks for at least one; the decree on the one-stop mechanism governs every procedure, so it is true of any new one until the officer adds the specific law.
    legalBasis: [{ number: '61/2018/NĐ-CP', title: { vi: 'Nghị định về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính', en: 'Decree on the one-stop-shop mechanism for administrative procedures' } }],
  };
}
