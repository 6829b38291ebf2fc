import { ProgressBar, type ProgressStream } from '../output/progress-bar.js';

/** A progress callback drawing a bar on stderr when it is a terminal, and the call that clears it. */
export function sweepProgress(label: string, stream: ProgressStream = process.stderr): { onProgress: (done: number, total: number) => void; finish: () => void } {
  let bar: ProgressBar | undefined;
  let shown = 0;
  return {
    onProgress(done, total) {
      bar ??= new ProgressBar(total, label, stream);
      bar.tick(done - shown);
      shown = done;
    },
    finish() {
      bar?.finish();
    },
  };
}
