import { define } from '../../shared/define.js';
import { MotcuaFeesEditor } from './motcua-fees-editor.component.js';

define('motcua-fees-editor', MotcuaFeesEditor);

declare global {
  interface HTMLElementTagNameMap {
    'motcua-fees-editor': MotcuaFeesEditor;
  }
}

export { MotcuaFeesEditor };
