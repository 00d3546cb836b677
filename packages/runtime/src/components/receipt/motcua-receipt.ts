import { define } from '../shared/define.js';
import { MotcuaReceipt } from './motcua-receipt.component.js';

define('motcua-receipt', MotcuaReceipt);

declare global {
  interface HTMLElementTagNameMap {
    'motcua-receipt': MotcuaReceipt;
  }
}
