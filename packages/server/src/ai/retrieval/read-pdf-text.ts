import { PasswordException, PDFParse } from 'pdf-parse';
import { AppError } from '../../errors/app-error.js';

/** The text of a PDF, pages separated by blank lines; a 400 naming the problem when the file cannot be read. */
export async function readPdfText(data: Uint8Array): Promise<string> {
  // pdf.js takes ownership of the buffer it is given: hand it a copy.
  const parser = new PDFParse({ data: new Uint8Array(data) });
  try {
    const result = await parser.getText({ pageJoiner: '' });
    return result.pages.map((page) => page.text).join('\n\n');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw AppError.invalid('body', error instanceof PasswordException ? 'is a password-protected PDF; upload it without a password' : `is not a readable PDF (${reason})`);
  } finally {
    await parser.destroy();
  }
}
