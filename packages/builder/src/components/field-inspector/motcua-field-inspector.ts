import '../condition-editor/motcua-condition-editor.js';
import '../schema-panel/motcua-schema-panel.js';
import { define } from '../../shared/define.js';
import { MotcuaFieldInspector } from './motcua-field-inspector.component.js';

define('motcua-field-inspector', MotcuaFieldInspector);

declare global {
  interface HTMLElementTagNameMap {
    'motcua-field-inspector': MotcuaFieldInspector;
  }
}

export { MotcuaFieldInspector };
