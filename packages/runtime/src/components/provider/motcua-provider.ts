import { define } from '../shared/define.js';
import { MotcuaProvider } from './motcua-provider.component.js';

define('motcua-provider', MotcuaProvider);

declare global {
  interface HTMLElementTagNameMap {
    'motcua-provider': MotcuaProvider;
  }
}

export { MotcuaProvider };
