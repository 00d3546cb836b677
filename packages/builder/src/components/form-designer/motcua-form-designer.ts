import '../field-inspector/motcua-field-inspector.js';
import { define } from '../../shared/define.js';
import { MotcuaFormDesigner } from './motcua-form-designer.component.js';

define('motcua-form-designer', MotcuaFormDesigner);

declare global {
  interface HTMLElementTagNameMap {
    'motcua-form-designer': MotcuaFormDesigner;
  }
}

export { MotcuaFormDesigner };
