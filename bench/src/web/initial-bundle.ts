import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The JavaScript a browser must load before the dashboard can start, and its gzip size. */
export interface InitialBundle {
  readonly files: readonly string[];
  readonly bytes: number;
  readonly gzipBytes: number;
}

/**
 * Reads the built `index.html`: the entry module and every module it preloads are the initial bundle (chunks loaded
 * later by `import()` are not). Sizes are gzip at level 9, what a server would send compressed.
 */
export function initialBundle(distFolder: string): InitialBundle {
  const html = readFileSync(join(distFolder, 'index.html'), 'utf8');
  const files = [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="\/([^"]+\.js)"/g)].map((match) => match[1]);
  if (files.length === 0) throw new Error(`${distFolder}/index.html references no JavaScript module; is the dashboard built?`);
  let bytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const content = readFileSync(join(distFolder, file));
    bytes += content.length;
    gzipBytes += gzipSync(content, { level: 9 }).length;
  }
  return { files, bytes, gzipBytes };
}
