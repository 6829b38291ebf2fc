import type { FastifyInstance } from 'fastify';
import { AppError } from '../../errors/app-error.js';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

/**
 * The deepest nesting of objects and arrays in a JSON text (`1` -> 0, `{}` -> 1, `[{"a":[]}]` -> 3),
 * in one pass without recursion, so it is safe on hostile input. Brackets inside strings do not
 * count; a backslash escapes the next character. The text need not be valid JSON: parsing it is
 * the caller's next step, and unbalanced closing brackets never drive the depth below zero.
 */
export function jsonNestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === BACKSLASH) index += 1;
      else if (code === QUOTE) inString = false;
    } else if (code === QUOTE) {
      inString = true;
    } else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
      depth += 1;
      if (depth > deepest) deepest = depth;
    } else if ((code === CLOSE_BRACE || code === CLOSE_BRACKET) && depth > 0) {
      depth -= 1;
    }
  }
  return deepest;
}

/** Options of {@link installJsonBodyParser}. */
export interface JsonBodyParserOptions {
  /** Deepest nesting of objects/arrays accepted (32 is far beyond any request of the API). */
  readonly maxDepth: number;
}

/**
 * Replaces the `application/json` body parser with one that first refuses bodies nesting deeper
 * than `maxDepth` (400 on field `body`): deeply nested input is cheap to send and costly for
 * everything recursive after parsing (schema validation, serialisation, handlers). Otherwise it is
 * Fastify's own parser, with `__proto__` and `constructor.prototype` keys rejected as errors
 * (400) rather than stripped, and the same answer as before for an empty body.
 *
 * Content-type parsers are copied into a plugin when it is registered, so call this on the root
 * app before registering any route plugin.
 */
export function installJsonBodyParser(app: FastifyInstance, options: JsonBodyParserOptions): void {
  const defaultParser = app.getDefaultJsonParser('error', 'error');
  const maxDepth = options.maxDepth;
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (jsonNestingDepth(text) > maxDepth) {
      done(AppError.invalid('body', `nests deeper than ${maxDepth} levels`), undefined);
      return;
    }
    defaultParser(request, text, done);
  });
}
