import { define } from '../../shared/define.js';
import { MotcuaIntakeSlip } from './motcua-intake-slip.component.js';

define('motcua-intake-slip', MotcuaIntakeSlip);

declare global {
  interface HTMLElementTagNameMap {
    'motcua-intake-slip': MotcuaIntakeSlip;
  }
}

export { MotcuaIntakeSlip };
