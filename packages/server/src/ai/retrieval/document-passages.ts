import { AppError } from '../../errors/app-error.js';
import type { DocumentContentType } from '../../storage/schema/ai-documents.js';
import { checkDocumentBytes } from './check-document-upload.js';
import { chunkCsv } from './chunk-csv.js';
import { chunkText } from './chunk-text.js';
import { readPdfText } from './read-pdf-text.js';

/** Most passages one document may give: every passage is embedded, which an endpoint or ONNX model does slowly. */
export const MAX_DOCUMENT_PASSAGES = 2000;

/**
 * The passages of an uploaded document: PDF text and plain text or Markdown in ~800-character passages on
 * sentence boundaries, CSV as groups of rows under their header. Errors name what is wrong with the upload.
 */
export async function documentPassages(contentType: DocumentContentType, data: Uint8Array): Promise<string[]> {
  const text = checkDocumentBytes(contentType, data);
  const passages = text === null ? chunkText(await readPdfText(data)) : contentType === 'text/csv' ? chunkCsv(text) : chunkText(text);
  if (passages.length === 0) {
    const why = contentType === 'application/pdf' ? 'the PDF has no text layer (a scanned PDF needs OCR first)' : contentType === 'text/csv' ? 'the CSV has no data rows' : 'the document holds no text';
    throw new AppError('GS_ERR_NOT_ENOUGH_DATA', `nothing to index: ${why}`);
  }
  if (passages.length > MAX_DOCUMENT_PASSAGES) {
    throw new AppError('GS_ERR_PAYLOAD_TOO_LARGE', `the document gives ${passages.length} passages of text; at most ${MAX_DOCUMENT_PASSAGES} (about 1.6 million characters) are indexed, so split it`);
  }
  return passages;
}
