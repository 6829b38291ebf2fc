/** Longest title taken from a question. */
const TITLE_CHARS = 80;

/** A conversation's title from its first question: the first line, spaces collapsed, cut at a word near 80 characters. */
export function conversationTitle(question: string): string {
  const line = question.trim().split(/\r?\n/, 1)[0].replace(/\s+/g, ' ').trim();
  if (line.length <= TITLE_CHARS) return line;
  const cut = line.slice(0, TITLE_CHARS - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space >= TITLE_CHARS / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
