import type { Bilingual } from '../i18n/bilingual.js';
import type { LocalText } from '../procedure.types.js';

/**
 * Why a notice is written: the time limit was extended (a new appointment
 * is promised), or the dossier is completed after its due date.
 */
export type ApologyKind = 'extension' | 'late-completion';

export interface ApologyInput {
  kind: ApologyKind;
  dossierCode: string;
  procedure: LocalText;
  agency: LocalText;
  /** The applicant's name, when known. */
  applicant: string | null;
  /** The date that was promised, YYYY-MM-DD (Vietnam). */
  oldDate: string;
  /** The new appointment (extension) or the date of completion, YYYY-MM-DD. */
  newDate: string;
  /** The officer's reason for the delay, as written. */
  reason: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function vi(date: string): string {
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}

function en(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${d} ${MONTHS[(m ?? 1) - 1]} ${y}`;
}

/**
 * The apology notice (thư xin lỗi và hẹn lại ngày trả kết quả) a late
 * agency owes the citizen, in Vietnamese and English: who it is to, the
 * dossier and procedure, the date promised and the new one, and why.
 */
export function apologyNotice(input: ApologyInput): Bilingual {
  const { dossierCode, procedure, agency, applicant, oldDate, newDate, reason } = input;
  const extension = input.kind === 'extension';
  const viText = [
    extension ? 'THƯ XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ' : 'THƯ XIN LỖI VÌ TRẢ KẾT QUẢ CHẬM',
    `Kính gửi: ${applicant ?? 'Ông/Bà'}.`,
    `${agency.vi} thành thật xin lỗi Ông/Bà vì hồ sơ ${dossierCode} (thủ tục “${procedure.vi}”) không được giải quyết trong thời hạn đã hẹn ngày ${vi(oldDate)}.`,
    `Lý do: ${reason}`,
    extension ? `Ngày hẹn trả kết quả mới: ${vi(newDate)}.` : `Hồ sơ được giải quyết xong ngày ${vi(newDate)}.`,
    'Mong Ông/Bà thông cảm.',
  ];
  const procedureEn = procedure.en ?? procedure.vi;
  const enText = [
    extension ? 'LETTER OF APOLOGY AND NEW APPOINTMENT' : 'LETTER OF APOLOGY FOR A LATE RESULT',
    `To: ${applicant ?? 'the applicant'}.`,
    `${agency.en ?? agency.vi} sincerely apologises that dossier ${dossierCode} (procedure “${procedureEn}”) was not resolved by the promised date, ${en(oldDate)}.`,
    `Reason: ${reason}`,
    extension ? `New date for the result: ${en(newDate)}.` : `The dossier was completed on ${en(newDate)}.`,
    'Thank you for your understanding.',
  ];
  return { vi: viText.join('\n'), en: enText.join('\n') };
}
