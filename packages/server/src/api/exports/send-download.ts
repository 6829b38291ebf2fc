import { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import type { ExportFormat } from '../../export/export-format.js';

const CONTENT_TYPES: Record<ExportFormat, string> = { csv: 'text/csv; charset=utf-8', json: 'application/json; charset=utf-8' };

/** `signals-2026-11-24.csv`: what a download is, the UTC day it was made, and its format. */
export function downloadFilename(stem: string, format: ExportFormat, now: number): string {
  return `${stem}-${new Date(now).toISOString().slice(0, 10)}.${format}`;
}

/**
 * Sends an export as a file to save: its content type and an attachment name. A text body is sent whole; an iterable
 * one is streamed piece by piece (a failure halfway cuts the download off, which the client sees as an incomplete file).
 */
export function sendDownload(reply: FastifyReply, download: { readonly stem: string; readonly format: ExportFormat; readonly now: number; readonly body: string | AsyncIterable<string> }): FastifyReply {
  const filename = downloadFilename(download.stem, download.format, download.now);
  void reply.header('content-disposition', `attachment; filename="${filename}"`).type(CONTENT_TYPES[download.format]);
  return reply.send(typeof download.body === 'string' ? download.body : Readable.from(download.body));
}
