import { decodeEntities } from './decode-entities.js';

/**
 * Plain text from the HTML that feeds put in titles and summaries: scripts and styles dropped, tags removed
 * (a block tag becomes a space), entities decoded, whitespace collapsed. A `<` not starting a tag stays
 * (`P/E < 10`).
 */
export function htmlToText(html: string): string {
  return decodeEntities(
    html
      .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/<\/?(?:p|div|br|li|ul|ol|h[1-6]|tr|td|table|blockquote|section|article|figure|figcaption)\b[^>]*>/gi, ' ')
      .replace(/<\/?[A-Za-z][^>]*>/g, ''),
  )
    .replace(/\s+/g, ' ')
    .trim();
}
