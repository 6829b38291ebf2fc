#!/usr/bin/env node
import { createProgram } from './create-program.js';

// A reader that stops early (`| head`) closes the pipe; that is not an error worth a message.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

createProgram()
  .parseAsync(process.argv)
  .catch((error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`goldensignals: ${message}\n`);
    process.exitCode = 1;
  });
