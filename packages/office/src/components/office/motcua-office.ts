import { MotcuaSignIn } from '@motcua/runtime';
import { define } from '../../shared/define.js';
import '../counter-intake/motcua-counter-intake.js';
import '../dashboard/motcua-dashboard.js';
import '../dossier-view/motcua-dossier-view.js';
import '../inbox/motcua-inbox.js';
import { MotcuaOffice } from './motcua-office.component.js';

// The officers' sign-in, registered here from the runtime so the back office ships as one file.
define('motcua-sign-in', MotcuaSignIn);
define('motcua-office', MotcuaOffice);

declare global {
  interface HTMLElementTagNameMap {
    'motcua-office': MotcuaOffice;
  }
}

export { MotcuaOffice };
