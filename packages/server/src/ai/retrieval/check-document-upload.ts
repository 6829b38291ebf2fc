import { AppError } from '../../errors/app-error.js';
import { DOCUMENT_CONTENT_TYPES, type DocumentContentType } from '../../storage/schema/ai-documents.js';

/** Largest document accepted, bytes. */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

/** Longest document name kept. */
export const MAX_DOCUMENT_NAME_CHARS = 200;

const PDF_MAGIC = '%PDF-';
const TEXT_CHARSETS = new Set(['utf-8', 'utf8', 'us-ascii']);

/** Magic bytes of files that are often uploaded by mistake under a text type. */
const BINARY_SIGNATURES: readonly (readonly [string, readonly number[]])[] = [
  ['a PDF', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['a ZIP archive (e.g. .docx or .xlsx)', [0x50, 0x4b, 0x03, 0x04]],
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a legacy Office file (e.g. .doc or .xls)', [0xd0, 0xcf, 0x11, 0xe0]],
];

function unsupported(message: string): AppError {
  return new AppError('GS_ERR_UNSUPPORTED_MEDIA_TYPE', message);
}

function startsWith(data: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, index) => data[index] === byte);
}

/** The document type a Content-Type header names (parameters other than a UTF-8 charset are refused); a 415 otherwise. */
export function documentContentType(header: string | undefined): DocumentContentType {
  if (header === undefined || header.trim() === '') throw unsupported(`a document upload needs a Content-Type: one of ${DOCUMENT_CONTENT_TYPES.join(', ')}`);
  const [base, ...parameters] = header.split(';').map((part) => part.trim().toLowerCase());
  const type = DOCUMENT_CONTENT_TYPES.find((candidate) => candidate === base);
  if (type === undefined) throw unsupported(`documents of type ${base} are not accepted; upload one of ${DOCUMENT_CONTENT_TYPES.join(', ')}`);
  for (const parameter of parameters) {
    const [name, value = ''] = parameter.split('=').map((part) => part.trim().replace(/^"|"$/g, ''));
    if (name === 'charset' && !TEXT_CHARSETS.has(value)) throw unsupported(`text documents must be UTF-8; the upload says charset=${value}`);
  }
  return type;
}

/**
 * Checks that the bytes are what the Content-Type says: a PDF starts with `%PDF-`; text, CSV and
 * Markdown are UTF-8 without NUL bytes (and not a PDF, image or archive). Returns the text of a text
 * type (without a byte-order mark), `null` for a PDF. Empty or oversized uploads are refused as well.
 */
export function checkDocumentBytes(contentType: DocumentContentType, data: Uint8Array): string | null {
  if (data.length === 0) throw AppError.invalid('body', 'is empty; upload the document as the request body');
  if (data.length > MAX_DOCUMENT_BYTES) throw new AppError('GS_ERR_PAYLOAD_TOO_LARGE', `the document has ${data.length} bytes; at most ${MAX_DOCUMENT_BYTES} (10 MB) are accepted`);
  if (contentType === 'application/pdf') {
    if (!startsWith(data, [...PDF_MAGIC].map((char) => char.charCodeAt(0)))) throw unsupported('the upload says application/pdf but is not a PDF (a PDF starts with %PDF-)');
    return null;
  }
  const binary = BINARY_SIGNATURES.find(([, signature]) => startsWith(data, signature));
  if (binary !== undefined) throw unsupported(`the upload says ${contentType} but is ${binary[0]}`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(data);
  } catch {
    throw unsupported(`the upload says ${contentType} but is not UTF-8 text`);
  }
  if (text.includes('\u0000')) throw unsupported(`the upload says ${contentType} but holds NUL bytes, so it is a binary file`);
  return text;
}

/** The name a document is listed under: the file name without folders, trimmed, at most 200 characters. */
export function documentName(raw: string): string {
  const name = (raw.split(/[\\/]/).pop() ?? '').trim();
  if (name === '') throw AppError.invalid('query.name', 'must name the file');
  return name.slice(0, MAX_DOCUMENT_NAME_CHARS);
}
