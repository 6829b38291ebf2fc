import { stat } from 'node:fs/promises';
import { BarsCsvError, formatCsvProblems, resampleBars, type BarSeries, type ParseBarsOptions, type Timeframe } from '@goldensignals/engine';
import { ProviderError } from '../../provider-error.js';
import { BarsFileError } from './bars-file-error.js';
import { readBarsFile } from './read-bars-file.js';

/** The series of one bar file by symbol, and its version. */
interface CachedFile {
  readonly mtimeMs: number;
  readonly size: number;
  readonly symbols: Promise<ReadonlyMap<string, BarSeries>>;
}

/** Problems listed in a skipped-rows warning before the rest are counted. */
const WARNING_PROBLEM_LIMIT = 5;

/**
 * Parsed bar files, read on first use and kept until the file changes: every lookup compares the
 * file's modification time and size with the cached version and re-reads a changed file. Concurrent
 * lookups of a file being read share one read.
 */
export class BarFileCache {
  private readonly files = new Map<string, CachedFile>();
  // Keyed by the parsed series, so resampled views die with the file version they came from.
  private readonly resampledBySeries = new WeakMap<BarSeries, Map<Timeframe, BarSeries>>();

  constructor(
    private readonly provider: string,
    private readonly options: ParseBarsOptions,
    private readonly onWarning: (message: string) => void,
  ) {}

  /** The file's series by symbol as named in the file (a file without a symbol column is named after the file). */
  async read(path: string): Promise<ReadonlyMap<string, BarSeries>> {
    let version;
    try {
      version = await stat(path);
    } catch (error) {
      this.files.delete(path);
      throw new ProviderError(this.provider, 'unavailable', `cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    const cached = this.files.get(path);
    if (cached && cached.mtimeMs === version.mtimeMs && cached.size === version.size) return cached.symbols;
    const symbols = this.parse(path);
    this.files.set(path, { mtimeMs: version.mtimeMs, size: version.size, symbols });
    // A failed read is not cached: the next lookup tries again (the file may be being written).
    symbols.catch(() => {
      if (this.files.get(path)?.symbols === symbols) this.files.delete(path);
    });
    return symbols;
  }

  /** `series` resampled to the coarser `timeframe`, computed once per file version. */
  resampled(series: BarSeries, timeframe: Timeframe): BarSeries {
    let byTimeframe = this.resampledBySeries.get(series);
    if (!byTimeframe) {
      byTimeframe = new Map();
      this.resampledBySeries.set(series, byTimeframe);
    }
    let resampled = byTimeframe.get(timeframe);
    if (!resampled) {
      resampled = resampleBars(series, timeframe);
      byTimeframe.set(timeframe, resampled);
    }
    return resampled;
  }

  private async parse(path: string): Promise<ReadonlyMap<string, BarSeries>> {
    try {
      const parsed = await readBarsFile(path, this.options);
      const dropped = parsed.problems.filter((problem) => problem.severity === 'error');
      if (dropped.length > 0) {
        const rows = new Set(dropped.map((problem) => problem.row)).size;
        this.onWarning(`${path}: ${rows} invalid row${rows === 1 ? '' : 's'} skipped\n${formatCsvProblems(dropped, WARNING_PROBLEM_LIMIT)}`);
      }
      return new Map([...parsed.symbols].map(([symbol, bars]) => [symbol, bars.series]));
    } catch (error) {
      throw this.readError(path, error);
    }
  }

  private readError(path: string, error: unknown): ProviderError {
    if (error instanceof BarsCsvError) return new ProviderError(this.provider, 'bad-response', error.message, { cause: error });
    if (error instanceof BarsFileError) {
      const code = error.cause instanceof Error && 'code' in error.cause ? error.cause.code : undefined;
      const kind = code === 'ENOENT' || code === 'EACCES' || code === 'EPERM' ? 'unavailable' : 'bad-response';
      return new ProviderError(this.provider, kind, error.message, { cause: error });
    }
    const reason = error instanceof Error ? error.message : String(error);
    return new ProviderError(this.provider, 'unavailable', `cannot read ${path}: ${reason}`, { cause: error });
  }
}
