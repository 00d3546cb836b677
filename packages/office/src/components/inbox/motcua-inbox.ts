import { define } from '../../shared/define.js';
import { MotcuaInbox } from './motcua-inbox.component.js';

define('motcua-inbox', MotcuaInbox);

declare global {
  interface HTMLElementTagNameMap {
    'motcua-inbox': MotcuaInbox;
  }
}

export { MotcuaInbox };
