import { define } from '../../shared/define.js';
import { MotcuaCasesEditor } from './motcua-cases-editor.component.js';

define('motcua-cases-editor', MotcuaCasesEditor);

declare global {
  interface HTMLElementTagNameMap {
    'motcua-cases-editor': MotcuaCasesEditor;
  }
}

export { MotcuaCasesEditor };
