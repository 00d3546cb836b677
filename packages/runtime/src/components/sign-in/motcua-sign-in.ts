import { define } from '../shared/define.js';
import { MotcuaSignIn } from './motcua-sign-in.component.js';

define('motcua-sign-in', MotcuaSignIn);

declare global {
  interface HTMLElementTagNameMap {
    'motcua-sign-in': MotcuaSignIn;
  }
}

export { MotcuaSignIn };
