import { define } from '../../shared/define.js';
import { MotcuaJsonView } from './motcua-json-view.component.js';

define('motcua-json-view', MotcuaJsonView);

declare global {
  interface HTMLElementTagNameMap {
    'motcua-json-view': MotcuaJsonView;
  }
}

export { MotcuaJsonView };
