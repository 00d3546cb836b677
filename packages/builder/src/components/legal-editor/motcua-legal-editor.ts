import { define } from '../../shared/define.js';
import { MotcuaLegalEditor } from './motcua-legal-editor.component.js';

define('motcua-legal-editor', MotcuaLegalEditor);

declare global {
  interface HTMLElementTagNameMap {
    'motcua-legal-editor': MotcuaLegalEditor;
  }
}

export { MotcuaLegalEditor };
