// Adds OpenAPI's `tags` and `summary` to Fastify's route schema type.
import type {} from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../../errors/app-error.js';
import { toMarketDataAppError } from '../../errors/to-market-data-app-error.js';
import { TranscriptInputError } from '../../transcripts/transcript-input-error.js';
import type { TranscriptReport, TranscriptService } from '../../transcripts/transcript-service.js';
import { ERROR_RESPONSES, SYMBOL_SCHEMA, TIME_SCHEMA } from '../common-schemas.js';

/** What the transcript routes need. */
export interface TranscriptRoutesOptions {
  readonly transcripts: TranscriptService;
}

interface TranscriptBody {
  readonly symbol: string;
  readonly quarter: string;
  readonly heldAt: string;
  readonly text?: string;
}

/** Longest transcript text accepted, characters (a long call is about 100,000). */
export const MAX_TRANSCRIPT_TEXT = 1_000_000;

const REPORT_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['symbol', 'quarter', 'source', 'heldAt', 'passages', 'stored', 'duplicate'],
  properties: {
    symbol: { type: 'string' },
    quarter: { type: 'string' },
    source: { type: 'string', description: 'upload, the provider that answered, or stored (the call was stored before and not fetched again)' },
    heldAt: TIME_SCHEMA,
    passages: { type: 'integer', minimum: 0, description: "passages the call was split into (speaker turns, long ones in parts; the operator's left out)" },
    stored: { type: 'integer', minimum: 0, description: 'passages stored now' },
    duplicate: { type: 'boolean', description: 'true when this symbol and quarter was stored already; nothing was added' },
  },
} as const;

function viewOf(report: TranscriptReport): Record<string, unknown> {
  return { ...report, heldAt: new Date(report.heldAt).toISOString() };
}

/**
 * `POST /api/v1/news/transcripts`: stores an earnings-call transcript for the earnings-call agent, either the
 * `text` given (speaker turns as `Name: words` or `Name -- Role` lines) or, without `text`, fetched from the
 * market data providers that have transcripts (Alpha Vantage). Each passage is scored by the configured scorer
 * and dated `heldAt`; `GET /api/v1/news?kind=earnings_call` lists them. Traders and admins.
 */
export async function transcriptRoutes(app: FastifyInstance, options: TranscriptRoutesOptions): Promise<void> {
  const { transcripts } = options;
  app.post<{ Body: TranscriptBody }>(
    '/news/transcripts',
    {
      config: { role: 'trader' },
      bodyLimit: 4 * MAX_TRANSCRIPT_TEXT,
      schema: {
        tags: ['news'],
        summary: 'Store an earnings-call transcript (uploaded text, or fetched from a provider), scored passage by passage',
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['symbol', 'quarter', 'heldAt'],
          properties: {
            symbol: SYMBOL_SCHEMA,
            quarter: { type: 'string', pattern: '^(19|20)\\d{2}Q[1-4]$', description: 'fiscal quarter, e.g. 2024Q1' },
            heldAt: { ...TIME_SCHEMA, description: 'when the call was held: the agent sees it from then on' },
            text: { type: 'string', minLength: 1, maxLength: MAX_TRANSCRIPT_TEXT, description: 'the transcript; without it the transcript is fetched from a provider' },
          },
        },
        response: { 200: REPORT_SCHEMA, 201: REPORT_SCHEMA, ...ERROR_RESPONSES },
      },
    },
    async (request, reply) => {
      const { symbol, quarter, heldAt, text } = request.body;
      const call = { symbol, quarter, heldAt: Date.parse(heldAt) };
      let report: TranscriptReport;
      try {
        if (text !== undefined) report = await transcripts.upload({ ...call, text });
        else if (!transcripts.canFetch) throw new AppError('GS_ERR_NOT_IMPLEMENTED', 'transcripts cannot be fetched here: give the transcript as text');
        else report = await transcripts.fetch(call, AbortSignal.timeout(60_000));
      } catch (error) {
        if (error instanceof TranscriptInputError) throw AppError.invalid(`body.${error.field}`, error.message);
        throw toMarketDataAppError(error, { symbol: 'body.symbol', request: 'body.quarter' });
      }
      return reply.code(report.stored > 0 ? 201 : 200).send(viewOf(report));
    },
  );
}
