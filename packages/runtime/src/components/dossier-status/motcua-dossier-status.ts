import { define } from '../shared/define.js';
import { MotcuaDossierStatus } from './motcua-dossier-status.component.js';

define('motcua-dossier-status', MotcuaDossierStatus);

declare global {
  interface HTMLElementTagNameMap {
    'motcua-dossier-status': MotcuaDossierStatus;
  }
}

export { MotcuaDossierStatus };
