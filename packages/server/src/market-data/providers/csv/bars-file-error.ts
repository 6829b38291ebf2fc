/** A bar file that cannot be read at all (missing, a directory, empty, not gzip or UTF-8 as it claims). */
export class BarsFileError extends Error {
  readonly code = 'GS_ERR_FILE';
  readonly path: string;

  constructor(path: string, message: string, options?: { cause?: unknown }) {
    super(`${path}: ${message}`, options);
    this.name = 'BarsFileError';
    this.path = path;
  }
}
