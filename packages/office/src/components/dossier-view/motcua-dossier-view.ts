import { define } from '../../shared/define.js';
import '../dossier-actions/motcua-dossier-actions.js';
import '../intake-slip/motcua-intake-slip.js';
import { MotcuaDossierView } from './motcua-dossier-view.component.js';

define('motcua-dossier-view', MotcuaDossierView);

declare global {
  interface HTMLElementTagNameMap {
    'motcua-dossier-view': MotcuaDossierView;
  }
}

export { MotcuaDossierView };
