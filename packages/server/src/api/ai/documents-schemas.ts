import { DOCUMENT_CONTENT_TYPES } from '../../storage/schema/ai-documents.js';

/** An uploaded document as the document routes give it. */
export const DOCUMENT_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'name', 'contentType', 'bytes', 'chunks', 'createdAt'],
  properties: {
    id: { type: 'string', format: 'uuid' },
    name: { type: 'string' },
    contentType: { type: 'string', enum: [...DOCUMENT_CONTENT_TYPES] },
    bytes: { type: 'integer', description: 'size of the uploaded file' },
    chunks: { type: 'integer', description: 'passages indexed for search' },
    createdAt: { type: 'string', format: 'date-time' },
  },
} as const;

/** Answers of the upload besides its 201. */
export const UPLOAD_ERROR_RESPONSES = {
  413: { $ref: 'ErrorBody#' },
  415: { $ref: 'ErrorBody#' },
  422: { $ref: 'ErrorBody#' },
} as const;
