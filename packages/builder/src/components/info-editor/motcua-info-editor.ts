import { define } from '../../shared/define.js';
import { MotcuaInfoEditor } from './motcua-info-editor.component.js';

define('motcua-info-editor', MotcuaInfoEditor);

declare global {
  interface HTMLElementTagNameMap {
    'motcua-info-editor': MotcuaInfoEditor;
  }
}

export { MotcuaInfoEditor };
