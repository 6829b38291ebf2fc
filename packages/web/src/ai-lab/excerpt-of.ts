/** `text` on one line, cut at a word boundary before `maxLength` characters with `…` when longer. */
export function excerptOf(text: string, maxLength: number): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= maxLength) return line;
  const cut = line.slice(0, maxLength - 1);
  const space = cut.lastIndexOf(' ');
  // A word longer than half the room is cut inside rather than leaving a stub of an excerpt.
  return `${space > maxLength / 2 ? cut.slice(0, space) : cut}…`;
}
