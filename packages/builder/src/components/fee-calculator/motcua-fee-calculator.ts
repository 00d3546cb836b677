import { define } from '../../shared/define.js';
import { MotcuaFeeCalculator } from './motcua-fee-calculator.component.js';

define('motcua-fee-calculator', MotcuaFeeCalculator);

declare global {
  interface HTMLElementTagNameMap {
    'motcua-fee-calculator': MotcuaFeeCalculator;
  }
}

export { MotcuaFeeCalculator };
