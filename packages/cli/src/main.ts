#!/usr/bin/env node
import { createProgram } from './create-program.js';

createProgram()
  .parseAsync(process.argv)
  .catch((error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`goldensignals: ${message}\n`);
    process.exitCode = 1;
  });
