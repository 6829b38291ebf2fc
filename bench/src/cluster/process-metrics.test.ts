import { describe, expect, it } from 'vitest';
import { metricValue } from './process-metrics.js';

const TEXT = [
  '# HELP goldensignals_process_resident_memory_bytes Resident memory size in bytes.',
  '# TYPE goldensignals_process_resident_memory_bytes gauge',
  'goldensignals_process_resident_memory_bytes 123456789',
  'goldensignals_process_resident_memory_bytes_extra 5',
  'goldensignals_nodejs_heap_size_used_bytes 4.5e7 1700000000000',
  'goldensignals_queue_depth{queue="scans"} 3',
  'goldensignals_queue_depth{queue="signals"} 4 1700000000000',
].join('\n');

describe('metricValue', () => {
  it('reads an unlabelled sample, not one whose name merely starts the same', () => {
    expect(metricValue(TEXT, 'goldensignals_process_resident_memory_bytes')).toBe(123_456_789);
    expect(metricValue(TEXT, 'goldensignals_nodejs_heap_size_used_bytes')).toBe(45_000_000);
  });

  it('sums the labelled samples of a name, ignoring timestamps', () => {
    expect(metricValue(TEXT, 'goldensignals_queue_depth')).toBe(7);
  });

  it('is null for a metric that is not there', () => {
    expect(metricValue(TEXT, 'goldensignals_websocket_connections')).toBeNull();
  });
});
