// Adds OpenAPI's `tags` and `summary` to Fastify's route schema type.
import type {} from '@fastify/swagger';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { MAX_DOCUMENT_BYTES, documentContentType, documentName } from '../../ai/retrieval/check-document-upload.js';
import type { RetrievalService } from '../../ai/retrieval/retrieval-service.js';
import { callerOf } from '../../auth/caller.js';
import { AppError } from '../../errors/app-error.js';
import type { AiDocument } from '../../storage/repositories/document-repository.js';
import { DOCUMENT_CONTENT_TYPES } from '../../storage/schema/ai-documents.js';
import { ERROR_RESPONSES, UUID_SCHEMA } from '../common-schemas.js';
import { DOCUMENT_SCHEMA, UPLOAD_ERROR_RESPONSES } from './documents-schemas.js';

/** What the document routes need. */
export interface DocumentsRoutesOptions {
  readonly retrieval: RetrievalService;
}

function tooLarge(bytes: number | null): AppError {
  const limit = `at most ${MAX_DOCUMENT_BYTES} bytes (10 MB) are accepted`;
  return new AppError('GS_ERR_PAYLOAD_TOO_LARGE', bytes === null ? `the document is larger than 10 MB; ${limit}` : `the document is ${bytes} bytes; ${limit}`);
}

/** The raw request body, refused as soon as it is known to exceed the limit (declared length or bytes received). */
async function readBody(request: FastifyRequest, payload: AsyncIterable<Buffer | string>): Promise<Buffer> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > MAX_DOCUMENT_BYTES) throw tooLarge(declared);
  const parts: Buffer[] = [];
  let received = 0;
  for await (const part of payload) {
    const buffer = typeof part === 'string' ? Buffer.from(part) : part;
    received += buffer.length;
    if (received > MAX_DOCUMENT_BYTES) throw tooLarge(null);
    parts.push(buffer);
  }
  return Buffer.concat(parts);
}

function documentView(document: AiDocument): object {
  return { id: document.id, name: document.name, contentType: document.contentType, bytes: document.bytes, chunks: document.chunks, createdAt: document.createdAt.toISOString() };
}

/** `/api/v1/ai/documents`: upload a PDF, CSV, text or Markdown file for retrieval, list and delete one's own. */
export async function documentsRoutes(app: FastifyInstance, options: DocumentsRoutesOptions): Promise<void> {
  const { retrieval } = options;
  const tags = ['ai'];
  // Uploads are raw files: every body is read as bytes (up to 10 MB, in this plugin only) and its type checked in the handler.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', async (request: FastifyRequest, payload: AsyncIterable<Buffer | string>) => readBody(request, payload));

  app.post<{ Querystring: { name: string } }>(
    '/ai/documents',
    {
      config: { role: 'viewer' },
      schema: {
        tags,
        summary: `Upload a document (the file as the body; Content-Type ${DOCUMENT_CONTENT_TYPES.join(', ')}; at most 10 MB) and index its text for search`,
        querystring: { type: 'object', additionalProperties: false, required: ['name'], properties: { name: { type: 'string', minLength: 1, maxLength: 500, description: 'file name' } } },
        response: { 201: DOCUMENT_SCHEMA, ...UPLOAD_ERROR_RESPONSES, ...ERROR_RESPONSES },
      },
    },
    async (request, reply) => {
      const contentType = documentContentType(request.headers['content-type']);
      const name = documentName(request.query.name);
      const data = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      const document = await retrieval.indexDocument({ userId: callerOf(request).userId, name, contentType, data });
      return reply.code(201).send(documentView(document));
    },
  );

  app.get(
    '/ai/documents',
    {
      config: { role: 'viewer' },
      schema: { tags, summary: "The caller's documents, newest first", response: { 200: { type: 'object', required: ['items'], properties: { items: { type: 'array', items: DOCUMENT_SCHEMA } } }, ...ERROR_RESPONSES } },
    },
    async (request) => ({ items: (await retrieval.listDocuments(callerOf(request).userId)).map(documentView) }),
  );

  app.delete<{ Params: { id: string } }>(
    '/ai/documents/:id',
    {
      config: { role: 'viewer' },
      schema: { tags, summary: 'Delete one of the caller\'s documents and its indexed passages', params: { type: 'object', required: ['id'], properties: { id: UUID_SCHEMA } }, response: { 204: { type: 'null' }, ...ERROR_RESPONSES } },
    },
    async (request, reply) => {
      // Another user's document answers exactly as a missing one.
      if (!(await retrieval.deleteDocument(request.params.id, callerOf(request).userId))) throw AppError.notFound(`no document ${request.params.id}`);
      return reply.code(204).send();
    },
  );
}
