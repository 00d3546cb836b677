import type { ChannelKind } from '@motcua/core';
import type { JsonSchema } from '../http/route-spec.js';
import { CHANNEL, ID } from '../routes/api-schemas.js';
import type { SubmittedDocument } from './check-documents.js';

export interface DeliveryAddress {
  recipient: string;
  phone: string;
  province: string;
  commune: string;
  detail: string;
}

export interface SubmissionRequest {
  version: number;
  agency: string;
  case?: string;
  channel: ChannelKind;
  delivery: ChannelKind;
  deliveryAddress?: DeliveryAddress;
  applicantCategory?: string;
  answers: Record<string, unknown>;
  documents: SubmittedDocument[];
}

const TEXT = (max: number): JsonSchema => ({ type: 'string', minLength: 1, maxLength: max });

/** Documents given with a dossier or a supplement: each the uploads that make it up, or that its paper follows by post. */
export const DOCUMENTS_SCHEMA: JsonSchema = {
  type: 'array',
  maxItems: 200,
  items: {
    type: 'object',
    properties: {
      document: ID,
      uploads: { type: 'array', items: { type: 'string', format: 'uuid' }, minItems: 1, maxItems: 50, uniqueItems: true },
      byPost: { const: true },
    },
    required: ['document'],
    oneOf: [{ required: ['uploads'] }, { required: ['byPost'] }],
    additionalProperties: false,
  },
};

/** The body of a dossier submission; the same schema validates it and documents it. */
export const SUBMISSION_SCHEMA: JsonSchema = {
  type: 'object',
  properties: {
    version: { type: 'integer', minimum: 1, description: 'The exact version the form was filled in under; it must be the one in force.' },
    agency: ID,
    case: ID,
    channel: CHANNEL,
    delivery: CHANNEL,
    deliveryAddress: {
      type: 'object',
      description: 'Where the result is posted; required when delivery is postal.',
      properties: { recipient: TEXT(200), phone: { type: 'string', pattern: '^(0|\\+84)[0-9]{9,10}$' }, province: TEXT(200), commune: TEXT(200), detail: TEXT(500) },
      required: ['recipient', 'phone', 'province', 'commune', 'detail'],
      additionalProperties: false,
    },
    applicantCategory: ID,
    answers: { type: 'object', maxProperties: 2000 },
    documents: DOCUMENTS_SCHEMA,
  },
  required: ['version', 'agency', 'channel', 'delivery', 'answers', 'documents'],
  additionalProperties: false,
};
