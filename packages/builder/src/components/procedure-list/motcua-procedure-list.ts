import { define } from '../../shared/define.js';
import '../new-procedure/motcua-new-procedure.js';
import { MotcuaProcedureList } from './motcua-procedure-list.component.js';

define('motcua-procedure-list', MotcuaProcedureList);

declare global {
  interface HTMLElementTagNameMap {
    'motcua-procedure-list': MotcuaProcedureList;
  }
}

export { MotcuaProcedureList };
