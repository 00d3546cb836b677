import { define } from '../../shared/define.js';
import { MotcuaNewProcedure } from './motcua-new-procedure.component.js';

define('motcua-new-procedure', MotcuaNewProcedure);

declare global {
  interface HTMLElementTagNameMap {
    'motcua-new-procedure': MotcuaNewProcedure;
  }
}

export { MotcuaNewProcedure };
