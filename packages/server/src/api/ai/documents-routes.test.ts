import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { HashingEmbedder } from '../../ai/retrieval/hashing-embedder.js';
import { RetrievalService } from '../../ai/retrieval/retrieval-service.js';
import { describeRetrievalStorage } from '../../ai/retrieval/retrieval-storage.test-support.js';
import { tinyPdf } from '../../ai/retrieval/tiny-pdf.test-support.js';
import { createBaseApp } from '../../app/create-base-app.js';
import { UserRepository } from '../../storage/repositories/user-repository.js';
import { documentsRoutes } from './documents-routes.js';
import { searchRoutes } from './search-routes.js';

interface Document {
  id: string;
  name: string;
  contentType: string;
  bytes: number;
  chunks: number;
  createdAt: string;
}
interface SearchItem {
  kind: string;
  id: string;
  title: string;
  text: string;
  score: number;
}

describeRetrievalStorage('document and search routes', (context) => {
  let app: FastifyInstance;
  let ada = '';
  let bob = '';

  beforeAll(async () => {
    const retrieval = await RetrievalService.open({ database: context.database, embedder: new HashingEmbedder() });
    app = await createBaseApp();
    // Stands in for the security issue's authentication: the header names the calling user.
    app.addHook('onRequest', async (request) => {
      const user = request.headers['x-test-user'];
      if (typeof user === 'string') request.caller = { userId: user, role: 'viewer' };
    });
    await app.register(documentsRoutes, { prefix: '/api/v1', retrieval });
    await app.register(searchRoutes, { prefix: '/api/v1', retrieval });
  });
  beforeEach(async () => {
    const users = new UserRepository(context.database.db);
    ada = (await users.create({ email: 'ada@example.com', passwordHash: 'h' })).id;
    bob = (await users.create({ email: 'bob@example.com', passwordHash: 'h' })).id;
  });
  afterAll(async () => {
    await app.close();
  });

  async function upload(name: string, contentType: string | undefined, body: Buffer | string, user = ada): Promise<{ status: number; body: Document & { code?: string; message?: string } }> {
    const response = await app.inject({ method: 'POST', url: `/api/v1/ai/documents?name=${encodeURIComponent(name)}`, payload: body, headers: { 'x-test-user': user, ...(contentType === undefined ? {} : { 'content-type': contentType }) } });
    return { status: response.statusCode, body: response.json() };
  }

  async function search(q: string, user = ada, extra = ''): Promise<SearchItem[]> {
    const response = await app.inject({ method: 'GET', url: `/api/v1/ai/search?q=${encodeURIComponent(q)}${extra}`, headers: { 'x-test-user': user } });
    expect(response.statusCode).toBe(200);
    return response.json<{ items: SearchItem[] }>().items;
  }

  it('indexes an uploaded PDF and finds its text by a question', async () => {
    const pdf = tinyPdf(['Quarterly review: Apple services revenue grew 14% (record).', 'Margins narrowed on memory prices.']);
    const uploaded = await upload('reports/q3-review.pdf', 'application/pdf', pdf);
    expect(uploaded.status).toBe(201);
    expect(uploaded.body).toMatchObject({ name: 'q3-review.pdf', contentType: 'application/pdf', bytes: pdf.length, chunks: 1 });
    const [best] = await search('How much did Apple services revenue grow?');
    expect(best).toMatchObject({ kind: 'document', id: uploaded.body.id, title: 'q3-review.pdf', text: 'Quarterly review: Apple services revenue grew 14% (record). Margins narrowed on memory prices.' });
    // The score is the cosine of the question's and the passage's (title in front) hashing vectors.
    const embedder = new HashingEmbedder();
    const question = embedder.embedOne('How much did Apple services revenue grow?');
    const passage = embedder.embedOne(`q3-review.pdf\n${best.text}`);
    expect(best.score).toBeCloseTo(question.reduce((sum, value, index) => sum + value * passage[index], 0), 5);
  });

  it('indexes a CSV as groups of rows, each under the header', async () => {
    const rows = Array.from({ length: 60 }, (_, i) => `2024-01-${String((i % 28) + 1).padStart(2, '0')},TICK${i},${100 + i}.5`);
    const csv = `date,symbol,close\n${rows.join('\n')}\n`;
    const uploaded = await upload('closes.csv', 'text/csv', csv);
    expect(uploaded.status).toBe(201);
    // 60 rows of about 25 characters fit in two passages of at most 800.
    expect(uploaded.body).toMatchObject({ contentType: 'text/csv', chunks: 2 });
    const found = await search('TICK42 close', ada, '&kinds=document&k=2');
    expect(found[0].text.startsWith('date,symbol,close\n')).toBe(true);
    expect(found[0].text).toContain('TICK42,142.5');
    expect(found.map((item) => item.text.startsWith('date,symbol,close\n'))).toEqual([true, true]);
  });

  it('indexes plain text and Markdown (a UTF-8 charset is fine) in passages on sentence boundaries', async () => {
    const sentences = Array.from({ length: 30 }, (_, i) => `Rule ${i + 1} says to keep position number ${i + 1} below its limit.`);
    const uploaded = await upload('rules.txt', 'text/plain; charset=utf-8', sentences.join(' '));
    expect(uploaded.body).toMatchObject({ contentType: 'text/plain', chunks: 3 });
    const markdown = await upload('notes.md', 'text/markdown', '# Notes\n\nThe wash sale rule applies within 30 days.');
    expect(markdown.body).toMatchObject({ contentType: 'text/markdown', chunks: 1 });
    const [best] = await search('wash sale rule');
    expect(best).toMatchObject({ id: markdown.body.id, text: '# Notes The wash sale rule applies within 30 days.' });
  });

  it("keeps each user's documents to themselves: listing, search and delete", async () => {
    const adas = await upload('ada.txt', 'text/plain', 'Ada keeps a private note about the semiconductor thesis.');
    await upload('bob.txt', 'text/plain', 'Bob keeps a private note about the semiconductor thesis.', bob);
    const list = async (user: string) => (await app.inject({ method: 'GET', url: '/api/v1/ai/documents', headers: { 'x-test-user': user } })).json<{ items: Document[] }>().items.map((item) => item.name);
    expect(await list(ada)).toEqual(['ada.txt']);
    expect(await list(bob)).toEqual(['bob.txt']);
    expect((await search('semiconductor thesis note', ada)).map((item) => item.title)).toEqual(['ada.txt']);
    expect((await search('semiconductor thesis note', bob)).map((item) => item.title)).toEqual(['bob.txt']);
    const remove = async (user: string) => (await app.inject({ method: 'DELETE', url: `/api/v1/ai/documents/${adas.body.id}`, headers: { 'x-test-user': user } })).statusCode;
    expect(await remove(bob)).toBe(404);
    expect(await remove(ada)).toBe(204);
    expect(await search('semiconductor thesis note', ada)).toEqual([]);
    expect(await list(ada)).toEqual([]);
  });

  it('refuses types it does not take, files that are not what they claim, and oversized or empty uploads', async () => {
    expect(await upload('chart.png', 'image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]))).toMatchObject({
      status: 415,
      body: { code: 'GS_ERR_UNSUPPORTED_MEDIA_TYPE', message: 'documents of type image/png are not accepted; upload one of application/pdf, text/csv, text/plain, text/markdown' },
    });
    expect(await upload('notes', undefined, 'no type given')).toMatchObject({
      status: 415,
      body: { code: 'GS_ERR_UNSUPPORTED_MEDIA_TYPE', message: 'a document upload needs a Content-Type: one of application/pdf, text/csv, text/plain, text/markdown' },
    });
    expect(await upload('data.json', 'application/json', '{"a":1}')).toMatchObject({ status: 415, body: { code: 'GS_ERR_UNSUPPORTED_MEDIA_TYPE' } });
    expect(await upload('fake.pdf', 'application/pdf', 'just text pretending')).toMatchObject({
      status: 415,
      body: { message: 'the upload says application/pdf but is not a PDF (a PDF starts with %PDF-)' },
    });
    expect(await upload('image.txt', 'text/plain', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]))).toMatchObject({ status: 415, body: { message: 'the upload says text/plain but is a PNG image' } });
    expect(await upload('latin1.txt', 'text/plain', Buffer.from([0x63, 0x61, 0x66, 0xe9]))).toMatchObject({ status: 415, body: { message: 'the upload says text/plain but is not UTF-8 text' } });
    expect(await upload('latin1.txt', 'text/plain; charset=iso-8859-1', 'cafe')).toMatchObject({ status: 415, body: { message: 'text documents must be UTF-8; the upload says charset=iso-8859-1' } });
    expect(await upload('broken.pdf', 'application/pdf', '%PDF-1.4 and nothing else')).toMatchObject({ status: 400, body: { code: 'GS_ERR_VALIDATION', message: expect.stringContaining('body is not a readable PDF') as unknown } });
    expect(await upload('big.txt', 'text/plain', Buffer.alloc(10 * 1024 * 1024 + 1, 0x61))).toMatchObject({
      status: 413,
      body: { code: 'GS_ERR_PAYLOAD_TOO_LARGE', message: 'the document is 10485761 bytes; at most 10485760 bytes (10 MB) are accepted' },
    });
    // Sent in pieces without a declared length, the body is cut off as soon as it passes 10 MB.
    const streamed = await app.inject({
      method: 'POST',
      url: '/api/v1/ai/documents?name=stream.txt',
      payload: Readable.from(Array.from({ length: 11 }, () => Buffer.alloc(1024 * 1024, 0x61))),
      headers: { 'x-test-user': ada, 'content-type': 'text/plain' },
    });
    expect(streamed.statusCode).toBe(413);
    expect(streamed.json()).toMatchObject({ message: 'the document is larger than 10 MB; at most 10485760 bytes (10 MB) are accepted' });
    expect(await upload('empty.txt', 'text/plain', '')).toMatchObject({ status: 400, body: { message: 'body is empty; upload the document as the request body' } });
    expect(await upload('header-only.csv', 'text/csv', 'date,close\n')).toMatchObject({ status: 422, body: { code: 'GS_ERR_NOT_ENOUGH_DATA', message: 'nothing to index: the CSV has no data rows' } });
    const listed = (await app.inject({ method: 'GET', url: '/api/v1/ai/documents', headers: { 'x-test-user': ada } })).json<{ items: Document[] }>();
    expect(listed.items).toEqual([]);
  });

  it('lets a file of 10 MB through the size check, then refuses text too long to index', async () => {
    const sentence = 'Volume rose. ';
    const text = sentence.repeat(Math.floor((10 * 1024 * 1024) / sentence.length));
    const uploaded = await upload('large.txt', 'text/plain', text);
    // Refused for its passages, not its size: 10 MB of text is far more than is indexed.
    expect(uploaded).toMatchObject({ status: 413, body: { message: expect.stringContaining('passages of text; at most 2000') as unknown } });
  });

  it('answers a search with a clear 400 for a missing question or an unknown kind', async () => {
    const missing = await app.inject({ method: 'GET', url: '/api/v1/ai/search', headers: { 'x-test-user': ada } });
    expect(missing.statusCode).toBe(400);
    expect(missing.json()).toMatchObject({ code: 'GS_ERR_VALIDATION', problems: [{ field: 'query.q', message: 'is required' }] });
    const kind = await app.inject({ method: 'GET', url: '/api/v1/ai/search?q=x&kinds=signal,tweets', headers: { 'x-test-user': ada } });
    expect(kind.statusCode).toBe(400);
    expect(kind.json()).toMatchObject({ problems: [{ field: 'query.kinds' }] });
    const blank = await app.inject({ method: 'GET', url: '/api/v1/ai/search?q=%20%20', headers: { 'x-test-user': ada } });
    expect(blank.json()).toMatchObject({ code: 'GS_ERR_VALIDATION', message: 'query.q must contain some text' });
  });
});
