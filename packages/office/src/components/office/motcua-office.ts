import { define } from '../../shared/define.js';
import '../counter-intake/motcua-counter-intake.js';
import '../dashboard/motcua-dashboard.js';
import '../dossier-view/motcua-dossier-view.js';
import '../inbox/motcua-inbox.js';
import { MotcuaOffice } from './motcua-office.component.js';

define('motcua-office', MotcuaOffice);

declare global {
  interface HTMLElementTagNameMap {
    'motcua-office': MotcuaOffice;
  }
}

export { MotcuaOffice };
