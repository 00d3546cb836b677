import { define } from '../shared/define.js';
import { MotcuaCatalogue } from './motcua-catalogue.component.js';

define('motcua-catalogue', MotcuaCatalogue);

declare global {
  interface HTMLElementTagNameMap {
    'motcua-catalogue': MotcuaCatalogue;
  }
}

export { MotcuaCatalogue };
