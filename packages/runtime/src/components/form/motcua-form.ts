import { define } from '../shared/define.js';
import { MotcuaForm } from './motcua-form.component.js';

define('motcua-form', MotcuaForm);

declare global {
  interface HTMLElementTagNameMap {
    'motcua-form': MotcuaForm;
  }
}
