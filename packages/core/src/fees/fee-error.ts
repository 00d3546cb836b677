import { MotcuaError } from '../errors.js';

export class FeeError extends MotcuaError<'fee-overflow'> {}

export function feeOverflow(feeId: string): FeeError {
  return new FeeError(
    'fee-overflow',
    {
      vi: `Khoản phí “${feeId}” vượt quá mức có thể tính chính xác; hãy kiểm tra số lượng đã nhập.`,
      en: `The fee “${feeId}” is too large to compute exactly; check the quantities entered.`,
    },
    { fee: feeId },
  );
}
