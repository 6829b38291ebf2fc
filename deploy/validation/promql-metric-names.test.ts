import { describe, expect, it } from 'vitest';
import { promqlMetricNames } from './promql-metric-names.js';

describe('promqlMetricNames', () => {
  it('finds the metric inside functions, aggregations, label matchers and ranges', () => {
    const expression =
      'histogram_quantile(0.95, sum by (le, route) (rate(goldensignals_http_request_duration_seconds_bucket{status=~"5..", route!="x"}[$__rate_interval])))';
    expect(promqlMetricNames(expression)).toEqual(['goldensignals_http_request_duration_seconds_bucket']);
  });

  it('finds both sides of a binary operation and skips vector matching clauses', () => {
    expect(promqlMetricNames('sum(a_total) by (job) / on (instance) group_left(job) b_seconds offset 5m')).toEqual(['a_total', 'b_seconds']);
  });

  it('ignores label values, number literals and Grafana variables', () => {
    expect(promqlMetricNames('up{job=~"goldensignals-.*"} * 1e3 + 2.5 > ${threshold}')).toEqual(['up']);
  });

  it('ignores subquery steps and keywords', () => {
    expect(promqlMetricNames('max_over_time(rate(x_total[5m])[1h:1m]) > bool 0 and y')).toEqual(['x_total', 'y']);
  });
});
