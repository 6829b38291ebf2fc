/**
 * Runs queued scans: in this process (embedded) or through the BullMQ `scans` queue (scaled out). The
 * routes store the scan first and then submit its id, so the same routes serve both modes.
 */
export interface ScanDispatcher {
  /** Starts (or queues) the stored scan `scanId`; submitting an id twice runs it once. */
  submit(scanId: string): Promise<void>;
}
