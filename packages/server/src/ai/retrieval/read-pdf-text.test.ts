import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readPdfText } from './read-pdf-text.js';
import { tinyPdf } from './tiny-pdf.test-support.js';

// The built server (npm install builds it), imported by a plain Node process: vitest's own process may have loaded
// pdf.js already through another test file.
const builtServer = fileURLToPath(new URL('../../../dist/index.js', import.meta.url));
const builtReader = fileURLToPath(new URL('../../../dist/ai/retrieval/read-pdf-text.js', import.meta.url));

const builtInsAfterReading = `
const push = Array.prototype.push;
const parse = JSON.parse;
await import(process.env.SERVER_MODULE);
const { readPdfText } = await import(process.env.READER_MODULE);
const text = await readPdfText(Buffer.from(process.env.PDF_BASE64, 'base64'));
console.log(JSON.stringify({ text, pushReplaced: Array.prototype.push !== push, parseReplaced: JSON.parse !== parse }));
`;

describe('readPdfText', () => {
  it('reads the text of every page', async () => {
    expect(await readPdfText(tinyPdf(['Services revenue grew 14%.', 'Margins narrowed.']))).toBe('Services revenue grew 14%.\nMargins narrowed.');
  });

  it('answers a 400 naming the problem for a file that is not a readable PDF', async () => {
    await expect(readPdfText(new TextEncoder().encode('%PDF-1.4 and nothing else'))).rejects.toMatchObject({ statusCode: 400, message: expect.stringContaining('body is not a readable PDF (') as unknown });
  });

  it.skipIf(!existsSync(builtReader))("leaves the server's built-ins alone: pdf.js polyfills stay in the reading thread", () => {
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', builtInsAfterReading], {
      env: { ...process.env, SERVER_MODULE: builtServer, READER_MODULE: builtReader, PDF_BASE64: Buffer.from(tinyPdf(['One page.'])).toString('base64') },
      encoding: 'utf8',
    });
    expect(JSON.parse(output.trim().split('\n').at(-1) ?? '')).toEqual({ text: 'One page.', pushReplaced: false, parseReplaced: false });
  });
});
