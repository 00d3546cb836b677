import { define } from '../../shared/define.js';
import { MotcuaVersionHistory } from './motcua-version-history.component.js';

define('motcua-version-history', MotcuaVersionHistory);

declare global {
  interface HTMLElementTagNameMap {
    'motcua-version-history': MotcuaVersionHistory;
  }
}

export { MotcuaVersionHistory };
