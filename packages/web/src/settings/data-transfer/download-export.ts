import { authorizedFetch } from '../../ai-lab/authorized-fetch.js';
import { filenameOf } from './filename-of.js';

/** How long a downloaded file's object URL is kept: long enough for the browser to start saving it. */
const KEEP_URL_MS = 30_000;

/**
 * Downloads `/api/v1<path>` as a file. A plain link cannot carry the bearer token, so the answer is fetched with it,
 * then saved from an object URL under the name the server gives; an error answer throws with the server's message.
 */
export async function downloadExport(path: string, fallbackName: string): Promise<string> {
  const response = await authorizedFetch(path, { method: 'GET' });
  const name = filenameOf(response.headers.get('content-disposition'), fallbackName);
  const url = URL.createObjectURL(await response.blob());
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = name;
  anchor.style.display = 'none';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), KEEP_URL_MS);
  return name;
}
