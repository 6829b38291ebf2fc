const UNITS = ['bytes', 'KB', 'MB', 'GB'] as const;

/** A file size for people: `812 bytes`, `9.5 KB`, `12 KB`, `3.1 MB` (1 KB = 1024 bytes; one decimal below 10). */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return unit === 0 ? `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}` : `${value.toFixed(value < 10 ? 1 : 0)} ${UNITS[unit]}`;
}
