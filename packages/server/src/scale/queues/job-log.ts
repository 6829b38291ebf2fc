/** Where the job workers report what went wrong (a pino logger fits). */
export interface JobLog {
  warn(context: object, message: string): void;
  error(context: object, message: string): void;
}

/** A log writing to stderr, for workers started without one. */
export const STDERR_JOB_LOG: JobLog = {
  warn: (context, message) => console.warn(message, context),
  error: (context, message) => console.error(message, context),
};
