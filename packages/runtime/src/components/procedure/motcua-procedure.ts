import { define } from '../shared/define.js';
import { MotcuaProcedure } from './motcua-procedure.component.js';

define('motcua-procedure', MotcuaProcedure);

declare global {
  interface HTMLElementTagNameMap {
    'motcua-procedure': MotcuaProcedure;
  }
}

export { MotcuaProcedure };
