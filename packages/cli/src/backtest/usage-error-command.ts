import { Command, type ErrorOptions } from 'commander';

/** Exit code of a usage error: an unknown option, strategy or parameter, or a value that is not valid. */
export const USAGE_EXIT_CODE = 2;

/**
 * A commander command whose usage errors exit with code 2 (the shell convention for bad usage, as in
 * Python's argparse, which backtesting.py users know), so scripts can tell bad input from a run that
 * failed (1). commander's own errors and those the action reports through `error()` alike.
 */
export class UsageErrorCommand extends Command {
  override error(message: string, errorOptions?: ErrorOptions): never {
    return super.error(message, { code: errorOptions?.code ?? 'goldensignals.usage', exitCode: USAGE_EXIT_CODE });
  }
}
