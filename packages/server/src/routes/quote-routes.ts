import { checkContext, quote, resolveCase, type ChannelKind, type ConditionContext } from '@motcua/core';
import { ApiError, notFound } from '../http/api-error.js';
import type { RouteSpec } from '../http/route-spec.js';
import { CHANNEL, CODE, ID } from './api-schemas.js';
import type { Handler } from './mount-route.js';

/** Without an agency (or when the agency names none), days are counted on the national calendar. */
const NATIONAL_CALENDAR = 'vn';

const quoteSpec: RouteSpec = {
  method: 'post',
  path: '/api/v1/procedures/:code/quote',
  operationId: 'quoteProcedure',
  summary: 'Fees, required documents and the promised date for a set of answers',
  tags: ['catalogue'],
  params: { type: 'object', properties: { code: CODE }, required: ['code'] },
  body: {
    type: 'object',
    properties: {
      version: { type: 'integer', minimum: 1, description: 'An exact version; the one in force when absent.' },
      agency: { ...ID, description: 'The offering agency: its local fees, time limit, documents and calendar apply.' },
      case: ID,
      channel: CHANNEL,
      delivery: CHANNEL,
      applicantCategory: ID,
      answers: { type: 'object', maxProperties: 2000, default: {} },
      receivedAt: { type: 'string', format: 'date-time', description: 'When the dossier would be received complete; now when absent.' },
    },
    additionalProperties: false,
  },
  responses: {
    200: {
      description: 'The quote, computed by @motcua/core exactly as a submission will be.',
      schema: {
        type: 'object',
        properties: {
          code: { type: 'string' },
          version: { type: 'integer' },
          case: { type: 'object' },
          fees: { type: 'object' },
          documents: { type: 'array' },
          serviceLevel: { type: 'object' },
          promised: { type: ['object', 'null'] },
          hiddenSections: { type: 'array', items: { type: 'string' } },
        },
        required: ['code', 'version', 'case', 'fees', 'documents', 'serviceLevel', 'promised', 'hiddenSections'],
      },
    },
  },
};

interface QuoteBody {
  version?: number;
  agency?: string;
  case?: string;
  channel?: ChannelKind;
  delivery?: ChannelKind;
  applicantCategory?: string;
  answers?: Record<string, unknown>;
  receivedAt?: string;
}

export const quoteRoutes: [RouteSpec, Handler][] = [
  [
    quoteSpec,
    (c, { params, body }, services) => {
      const request = body as QuoteBody;
      const code = params.code as string;
      const now = services.now();
      const stored = request.version
        ? services.procedures.version(code, request.version)
        : services.procedures.versionInForce(code, now.toISOString());
      if (!stored) throw notFound({ vi: `thủ tục “${code}”${request.version ? ` phiên bản ${request.version}` : ''}`, en: `Procedure “${code}”${request.version ? ` version ${request.version}` : ''}` });
      const { definition, evaluator } = services.compiled.get(stored);
      const context: ConditionContext = { answers: request.answers ?? {} };
      if (request.case !== undefined) context.case = request.case;
      if (request.channel !== undefined) context.channel = request.channel;
      if (request.delivery !== undefined) context.delivery = request.delivery;
      if (request.applicantCategory !== undefined) context.applicantCategory = request.applicantCategory;
      const agency = request.agency ? services.agencies.agency(request.agency) : undefined;
      const offering = request.agency ? services.agencies.offering(request.agency, code) : undefined;
      if (request.agency && (!agency || !offering)) {
        throw new ApiError(422, 'agency-not-offering', { vi: `Cơ quan “${request.agency}” không giải quyết thủ tục này.`, en: `The agency “${request.agency}” does not offer this procedure.` }, { agency: request.agency });
      }
      const calendar = services.calendars.get(agency?.calendar ?? NATIONAL_CALENDAR);
      const result = quote(definition, context, { evaluator, ...(offering ? { offering } : {}), ...(calendar ? { calendar } : {}), receivedAt: request.receivedAt ? new Date(request.receivedAt) : now });
      const problems = checkContext(resolveCase(definition, result.case.id, offering), context);
      if (problems.length > 0) {
        throw new ApiError(422, problems[0]?.code ?? 'context-invalid', problems[0]?.message ?? { vi: '', en: '' }, { errors: problems });
      }
      const { effective: _effective, promised, ...rest } = result;
      return c.json({
        code: stored.code,
        version: stored.version,
        ...rest,
        promised: promised && { due: promised.due?.toISOString() ?? null, dueDate: promised.dueDate, provisional: promised.provisional },
      });
    },
  ],
];
