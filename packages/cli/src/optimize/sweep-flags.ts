import { parseGridSpec, resolveObjective, type GridParam, type OptimizeObjective } from '@goldensignals/engine';
import { InvalidArgumentError, Option, type Command } from 'commander';

/** The sweep flags as commander hands them over. */
export interface SweepFlags {
  readonly strategy: string;
  readonly grid?: readonly GridParam[];
  readonly where?: string;
  readonly maximize?: OptimizeObjective;
  readonly minimize?: OptimizeObjective;
}

/** The default objective, as in the examples. */
export const DEFAULT_OBJECTIVE: OptimizeObjective = { stat: 'Sharpe Ratio', goal: 'maximize' };

/** Commander parsers turn engine RangeErrors into usage errors that name the flag. */
function usage<T>(parse: (value: string) => T): (value: string) => T {
  return (value) => {
    try {
      return parse(value);
    } catch (error) {
      if (error instanceof RangeError) throw new InvalidArgumentError(error.message);
      throw error;
    }
  };
}

function collectGrid(value: string, previous: readonly GridParam[] = []): readonly GridParam[] {
  return [...previous, usage(parseGridSpec)(value)];
}

/**
 * Adds the flags that say what to sweep: `--strategy`, `--grid` (repeatable), `--where`, and
 * `--maximize` or `--minimize` (default: maximize "Sharpe Ratio").
 */
export function addSweepFlags(command: Command): Command {
  return command
    .addOption(new Option('--strategy <name>', 'strategy to optimise, e.g. sma-cross').makeOptionMandatory())
    .addOption(
      new Option(
        '--grid <name=values>',
        'a parameter and its values, repeatable: name=start:stop:step (stop INCLUSIVE: fast=5:30:5 is 5,10,...,30), name=a,b,c or name=value; unswept parameters keep their defaults',
      ).argParser(collectGrid),
    )
    .addOption(new Option('--where <condition>', 'keep only combinations that pass, e.g. "fast < slow" (names, numbers, < <= > >= == !=, &&, ||, parentheses)'))
    .addOption(new Option('--maximize <statistic>', 'statistic to maximise, by its name in the statistics table (default "Sharpe Ratio")').argParser(usage((stat) => resolveObjective(stat, 'maximize'))).conflicts('minimize'))
    .addOption(new Option('--minimize <statistic>', 'statistic to minimise instead').argParser(usage((stat) => resolveObjective(stat, 'minimize'))));
}

/** The objective the flags choose. */
export function objectiveFrom(flags: SweepFlags): OptimizeObjective {
  return flags.maximize ?? flags.minimize ?? DEFAULT_OBJECTIVE;
}
