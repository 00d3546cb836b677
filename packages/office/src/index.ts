export { MotcuaCounterIntake } from './components/counter-intake/motcua-counter-intake.component.js';
export { MotcuaDashboard } from './components/dashboard/motcua-dashboard.component.js';
export { MotcuaDossierActions } from './components/dossier-actions/motcua-dossier-actions.component.js';
export { answerRows, type AnswerRow } from './components/dossier-view/answer-rows.js';
export { MotcuaDossierView } from './components/dossier-view/motcua-dossier-view.component.js';
export { MotcuaInbox } from './components/inbox/motcua-inbox.component.js';
export { MotcuaIntakeSlip } from './components/intake-slip/motcua-intake-slip.component.js';
export { MotcuaOffice } from './components/office/motcua-office.component.js';
export { ApiProblem, OfficeApi, type AgencySummary, type DossierRecord, type DossierRow, type InboxQuery, type Membership, type Metrics, type Officer, type Statistics, type StatisticsQuery } from './shared/office-api.js';
