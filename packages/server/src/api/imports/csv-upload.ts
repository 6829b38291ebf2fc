import type { FastifyInstance } from 'fastify';
import { AppError } from '../../errors/app-error.js';

/** Largest CSV upload, bytes. */
export const MAX_CSV_BYTES = 20 * 1024 * 1024;

/** Content types a CSV upload may be sent as (curl's `--data-binary` needs `-H 'Content-Type: text/csv'`). */
const CSV_TYPES = ['text/csv', 'application/csv', 'text/plain'];

/**
 * Makes the plugin it is called in take CSV files as raw bodies of up to {@link MAX_CSV_BYTES}: other content
 * types (JSON included) are refused with a 415 that says how to send the file. Scoped to the calling plugin, so the
 * rest of the API keeps its JSON parser and 1 MB limit.
 */
export function installCsvBodyParser(app: FastifyInstance): void {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(CSV_TYPES, { parseAs: 'buffer', bodyLimit: MAX_CSV_BYTES }, (_request, body, done) => done(null, body));
  app.addContentTypeParser('*', (request, _payload, done) => {
    const type = request.headers['content-type'] ?? 'none';
    done(new AppError('GS_ERR_UNSUPPORTED_MEDIA_TYPE', `send the CSV file as the request body with Content-Type: text/csv (got ${type})`), undefined);
  });
}

/** The text of an uploaded CSV body: strict UTF-8 (a byte-order mark dropped); an empty or binary body is refused. */
export function csvText(body: unknown): string {
  if (!Buffer.isBuffer(body) || body.length === 0) throw AppError.invalid('body', 'is empty: send the CSV file as the request body');
  try {
    // fatal: a Latin-1 or binary file is refused instead of being read with replacement characters.
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    throw new AppError('GS_ERR_UNSUPPORTED_MEDIA_TYPE', 'the upload is not UTF-8 text: save the file as UTF-8 CSV');
  }
}
