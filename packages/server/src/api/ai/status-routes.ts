// Adds OpenAPI's `tags` and `summary` to Fastify's route schema type.
import type {} from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import { ERROR_RESPONSES } from '../common-schemas.js';

/** Where embeddings come from: the configured endpoint, a local ONNX model, or the built-in hashing embedder. */
export type EmbeddingsSource = 'endpoint' | 'onnx' | 'hashing';

/** The AI Lab's configuration as `GET /ai/status` reports it. */
export interface AiStatus {
  readonly languageModel: { readonly configured: boolean; readonly baseUrl?: string; readonly model?: string };
  readonly embeddings: { readonly source: EmbeddingsSource; readonly model: string; readonly dimensions: number };
}

/** What the status route reports from. */
export interface StatusRoutesOptions {
  /** The configured language model (LLM_BASE_URL, LLM_MODEL), or `null` when none is. */
  readonly languageModel: { readonly baseUrl: string; readonly model: string } | null;
  /** The embedder retrieval uses now. */
  readonly embeddings: () => AiStatus['embeddings'];
}

/**
 * A base URL fit to show: without user name, password, query or fragment, any of which may carry a credential
 * (`https://user:key@host/v1`, `?api-key=...`); an unparseable one is not shown at all.
 */
export function displayedBaseUrl(baseUrl: string): string | undefined {
  try {
    const url = new URL(baseUrl);
    url.username = '';
    url.password = '';
    url.search = '';
    url.hash = '';
    return url.toString().replace(/\/$/, '');
  } catch {
    return undefined;
  }
}

/** The AI Lab's status now. */
export function aiStatus(options: StatusRoutesOptions): AiStatus {
  const model = options.languageModel;
  const baseUrl = model === null ? undefined : displayedBaseUrl(model.baseUrl);
  return {
    languageModel: model === null ? { configured: false } : { configured: true, ...(baseUrl === undefined ? {} : { baseUrl }), model: model.model },
    embeddings: options.embeddings(),
  };
}

const STATUS_SCHEMA = {
  type: 'object',
  required: ['languageModel', 'embeddings'],
  properties: {
    languageModel: {
      type: 'object',
      required: ['configured'],
      properties: { configured: { type: 'boolean' }, baseUrl: { type: 'string', description: 'without credentials' }, model: { type: 'string' } },
    },
    embeddings: {
      type: 'object',
      required: ['source', 'model', 'dimensions'],
      properties: { source: { type: 'string', enum: ['endpoint', 'onnx', 'hashing'] }, model: { type: 'string' }, dimensions: { type: 'integer' } },
    },
  },
} as const;

/** `GET /api/v1/ai/status`: whether a language model is configured, and which embeddings retrieval uses. */
export async function statusRoutes(app: FastifyInstance, options: StatusRoutesOptions): Promise<void> {
  app.get(
    '/ai/status',
    {
      config: { role: 'viewer' },
      schema: {
        tags: ['ai'],
        summary: 'The AI Lab configuration: language model (never its key) and embeddings',
        querystring: { type: 'object', additionalProperties: false, properties: {} },
        response: { 200: STATUS_SCHEMA, ...ERROR_RESPONSES },
      },
    },
    async () => aiStatus(options),
  );
}
