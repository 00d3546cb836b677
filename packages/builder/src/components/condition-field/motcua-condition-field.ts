import { define } from '../../shared/define.js';
import { MotcuaConditionField } from './motcua-condition-field.component.js';

define('motcua-condition-field', MotcuaConditionField);

declare global {
  interface HTMLElementTagNameMap {
    'motcua-condition-field': MotcuaConditionField;
  }
}

export { MotcuaConditionField };
