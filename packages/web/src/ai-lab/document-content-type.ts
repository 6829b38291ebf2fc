/** The document types the server indexes, by file extension. */
const TYPE_OF_EXTENSION: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  csv: 'text/csv',
  txt: 'text/plain',
  text: 'text/plain',
  md: 'text/markdown',
  markdown: 'text/markdown',
};

/** What the file input offers to pick. */
export const DOCUMENT_ACCEPT = '.pdf,.csv,.txt,.md,.markdown,application/pdf,text/csv,text/plain,text/markdown';

/**
 * The Content-Type to upload a file with. By extension first: browsers name the same file differently (a CSV is
 * `application/vnd.ms-excel` on Windows, Markdown often has no type at all). Any other file goes with the type the
 * browser gave, so the server's refusal (415) says what was sent.
 */
export function documentContentType(file: { readonly name: string; readonly type: string }): string {
  const extension = /\.([A-Za-z]+)$/.exec(file.name)?.[1]?.toLowerCase();
  const known = extension === undefined ? undefined : TYPE_OF_EXTENSION[extension];
  return known ?? (file.type === '' ? 'application/octet-stream' : file.type);
}
