import { DOSSIER_ACTIONS, type DossierAction } from '@motcua/core';
import { requireAgency } from '../../auth/authenticate.js';
import type { RouteSpec } from '../../http/route-spec.js';
import { ACTION_BODIES } from '../../processing/action-schemas.js';
import { counterSlip } from '../../processing/counter-slip.js';
import { rulesOf } from '../../processing/dossier-context.js';
import { act, rolesIn } from '../../processing/dossier-processing.js';
import { stepRoleRequired } from '../../processing/processing-errors.js';
import { summaryView } from '../../processing/dossier-view.js';
import { idempotencyKeyOf } from '../../submission/idempotency-key.js';
import { submitDossier } from '../../submission/submit-dossier.js';
import { SUBMISSION_SCHEMA, type SubmissionRequest } from '../../submission/submission-request.js';
import { CODE, DOSSIER_CODE, ID } from '../api-schemas.js';
import type { Handler } from '../mount-route.js';
import { OFFICERS } from './dossier-admin-routes.js';

/** The revision an If-Match header names ("3", W/"3" or 3); undefined without one, NaN when it names none. */
function ifMatch(header: string | undefined): number | undefined {
  if (header === undefined) return undefined;
  const match = /^\s*(?:W\/)?"?([0-9]{1,12})"?\s*$/.exec(header);
  return match ? Number(match[1]) : Number.NaN;
}

const actionSpec = (action: Exclude<DossierAction, 'withdraw'>): RouteSpec => ({
  method: 'post',
  path: `/api/v1/admin/dossiers/:code/${action}`,
  operationId: `dossier${action.replace(/(^|-)([a-z])/g, (_, __, letter: string) => letter.toUpperCase())}`,
  summary: `${ACTION_BODIES[action].summary}. Send If-Match with the dossier’s ETag: 428 without it, 412 if someone acted first; 409 in a state or at a step that does not allow it; 403 without the step role.`,
  tags: ['processing'],
  auth: OFFICERS,
  params: { type: 'object', properties: { code: DOSSIER_CODE }, required: ['code'] },
  body: ACTION_BODIES[action].body,
  responses: { 200: { description: 'The dossier after the action, with its new revision in ETag.', schema: { type: 'object' } } },
});

const actionRoutes: [RouteSpec, Handler][] = DOSSIER_ACTIONS.filter((a): a is Exclude<DossierAction, 'withdraw'> => a !== 'withdraw').map((action) => [
  actionSpec(action),
  (c, { params, body, auth }, services) => {
    if (!auth) throw new Error('officer routes are authenticated');
    const revision = ifMatch(c.req.header('if-match'));
    const row = act(services, { code: params.code as string, action, actor: { kind: 'officer', officer: auth.officer }, ...(revision === undefined ? {} : { revision }), body: body as Record<string, unknown> });
    return c.json(summaryView(row), 200, { ETag: `"${row.revision}"`, 'Cache-Control': 'no-store' });
  },
]);

const { agency: _agency, ...submissionProperties } = SUBMISSION_SCHEMA.properties as Record<string, unknown>;
const intakeSpec: RouteSpec = {
  method: 'post',
  path: '/api/v1/admin/agencies/:id/procedures/:code/dossiers',
  operationId: 'counterIntake',
  summary: 'File a walk-in or posted dossier at the counter on the citizen’s behalf (Idempotency-Key required), optionally received at once; answers the receipt and the appointment slip',
  tags: ['processing'],
  auth: OFFICERS,
  params: { type: 'object', properties: { id: ID, code: CODE }, required: ['id', 'code'] },
  body: {
    ...SUBMISSION_SCHEMA,
    properties: {
      ...submissionProperties,
      channel: { enum: ['in-person', 'postal'], description: 'How the dossier came: at the counter or by post.' },
      applicant: {
        type: 'object',
        properties: {
          name: { type: 'string', minLength: 1, maxLength: 200 },
          idNumber: { type: 'string', pattern: '^[0-9]{9,12}$' },
          phone: { type: 'string', pattern: '^(0|\\+84)[0-9]{9,10}$' },
          address: { type: 'string', minLength: 1, maxLength: 500 },
        },
        required: ['name'],
        additionalProperties: false,
      },
      receive: { type: 'boolean', default: false, description: 'Receive it at once: the clock starts now.' },
      postedDocumentsReceived: { type: 'array', items: ID, maxItems: 200, uniqueItems: true },
    },
    required: ['version', 'channel', 'delivery', 'answers', 'documents', 'applicant'],
  },
  responses: { 201: { description: 'The receipt and the slip to print.', schema: { type: 'object', properties: { receipt: { type: 'object' }, slip: { type: 'object' } }, required: ['receipt', 'slip'] } } },
};

interface IntakeBody extends Omit<SubmissionRequest, 'agency'> {
  applicant: { name: string; idNumber?: string; phone?: string; address?: string };
  receive?: boolean;
  postedDocumentsReceived?: string[];
}

const intakeRoute: [RouteSpec, Handler] = [
  intakeSpec,
  async (c, { params, body, auth }, services) => {
    if (!auth) throw new Error('officer routes are authenticated');
    const agency = params.id as string;
    requireAgency(auth, agency);
    const actor = { kind: 'officer' as const, officer: auth.officer };
    const held = rolesIn(actor, agency);
    if (!held.includes('receiver')) throw stepRoleRequired('intake', ['receiver'], held, agency);
    const key = idempotencyKeyOf(c);
    const { applicant, receive, postedDocumentsReceived, ...rest } = body as IntakeBody;
    const request: SubmissionRequest = { ...rest, agency };
    const { receipt, replayed } = await submitDossier(services, params.code as string, key, request, {
      officer: auth.officer,
      applicant,
      receive: receive === true,
      ...(postedDocumentsReceived ? { postedDocumentsReceived } : {}),
    });
    const row = services.dossiers.get(receipt.code);
    if (!row) throw new Error('a filed dossier is stored');
    return c.json({ receipt, slip: counterSlip(services, row, rulesOf(services, row)) }, 201, { 'Cache-Control': 'no-store', ...(replayed ? { 'Idempotent-Replayed': 'true' } : {}) });
  },
];

export const dossierActionRoutes: [RouteSpec, Handler][] = [...actionRoutes, intakeRoute];
