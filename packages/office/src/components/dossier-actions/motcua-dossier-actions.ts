import { define } from '../../shared/define.js';
import { MotcuaDossierActions } from './motcua-dossier-actions.component.js';

define('motcua-dossier-actions', MotcuaDossierActions);

declare global {
  interface HTMLElementTagNameMap {
    'motcua-dossier-actions': MotcuaDossierActions;
  }
}

export { MotcuaDossierActions };
