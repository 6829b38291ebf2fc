import { ServerMetrics } from '../../packages/server/src/metrics/server-metrics.js';

/**
 * Every series name a GoldenSignals node exposes on /metrics, read from the real registry of the server's
 * metrics (its own metrics and Node's defaults): a histogram `x` is queried as `x_bucket`, `x_sum` and
 * `x_count`, a summary as `x`, `x_sum` and `x_count`. A renamed metric disappears from this set.
 */
export function exposedMetricNames(): ReadonlySet<string> {
  const names = new Set<string>();
  for (const metric of new ServerMetrics().registry.getMetricsAsArray()) {
    const { name, type } = metric;
    const kind = String(type);
    if (kind === 'histogram') for (const suffix of ['_bucket', '_sum', '_count']) names.add(`${name}${suffix}`);
    else if (kind === 'summary') for (const suffix of ['', '_sum', '_count']) names.add(`${name}${suffix}`);
    else names.add(name);
  }
  return names;
}
