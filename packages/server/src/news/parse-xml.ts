import { decodeEntities } from './decode-entities.js';

/** An element of a parsed XML document: its name as written (`dc:date`), attributes and children in order. */
export interface XmlElement {
  readonly name: string;
  /** The name without its namespace prefix (`date` for `dc:date`). */
  readonly localName: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly XmlNode[];
}

/** A child of an element: an element, or text (entities decoded, CDATA as written). */
export type XmlNode = XmlElement | string;

/** The text is not XML this parser can read; the message says where. */
export class XmlSyntaxError extends Error {
  override readonly name = 'XmlSyntaxError';
}

interface OpenElement {
  readonly name: string;
  readonly localName: string;
  readonly attributes: Record<string, string>;
  readonly children: XmlNode[];
}

const NAME = /[A-Za-z_][\w.\-:]*/y;
const SPACE = /\s*/y;
const DEFAULT_MAX_DEPTH = 64;

function lineAt(text: string, position: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < position; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function element(name: string): OpenElement {
  const colon = name.indexOf(':');
  return { name, localName: colon === -1 ? name : name.slice(colon + 1), attributes: {}, children: [] };
}

/**
 * A small, forgiving XML parser for news feeds: elements, attributes, text, CDATA; comments, processing
 * instructions and the DOCTYPE (with its internal subset) skipped. Entities are limited to
 * {@link decodeEntities}, so a hostile DTD cannot expand. A closing tag that skips open elements closes
 * them (as HTML does), a stray one is ignored and elements left open at the end are closed, because real
 * feeds are not always well-formed; text that holds no element at all is an {@link XmlSyntaxError}.
 */
export function parseXml(text: string, maxDepth = DEFAULT_MAX_DEPTH): XmlElement {
  const stack: OpenElement[] = [];
  let root: OpenElement | null = null;
  let position = text.charCodeAt(0) === 0xfeff ? 1 : 0;

  const fail = (message: string, at: number): never => {
    throw new XmlSyntaxError(`${message} (line ${lineAt(text, at)})`);
  };
  const skipPast = (marker: string, from: number, what: string): number => {
    const end = text.indexOf(marker, from);
    if (end === -1) fail(`unterminated ${what}`, from);
    return end + marker.length;
  };
  const addText = (value: string, at: number): void => {
    const parent = stack.at(-1);
    if (parent !== undefined) parent.children.push(value);
    else if (root === null && value.trim() !== '') fail('text before the first element: not XML', at);
  };

  while (position < text.length) {
    const open = text.indexOf('<', position);
    if (open === -1) {
      addText(decodeEntities(text.slice(position)), position);
      break;
    }
    if (open > position) addText(decodeEntities(text.slice(position, open)), position);
    if (text.startsWith('<!--', open)) {
      position = skipPast('-->', open + 4, 'comment');
    } else if (text.startsWith('<![CDATA[', open)) {
      const end = skipPast(']]>', open + 9, 'CDATA section');
      addText(text.slice(open + 9, end - 3), open);
      position = end;
    } else if (text.startsWith('<?', open)) {
      position = skipPast('?>', open + 2, 'processing instruction');
    } else if (text.startsWith('<!', open)) {
      // A DOCTYPE: its internal subset may hold '>' inside brackets.
      const close = text.indexOf('>', open);
      const bracket = text.indexOf('[', open);
      position = bracket !== -1 && (close === -1 || bracket < close) ? skipPast('>', skipPast(']', bracket, 'DOCTYPE'), 'DOCTYPE') : skipPast('>', open, 'declaration');
    } else if (text.startsWith('</', open)) {
      const end = skipPast('>', open + 2, 'closing tag');
      const name = text.slice(open + 2, end - 1).trim();
      const index = stack.findLastIndex((candidate) => candidate.name === name);
      if (index !== -1) stack.length = index;
      position = end;
    } else {
      NAME.lastIndex = open + 1;
      const name = NAME.exec(text)?.[0];
      if (name === undefined) {
        // A bare '<' in sloppy text.
        addText('<', open);
        position = open + 1;
        continue;
      }
      const created = element(name);
      position = readAttributes(text, open + 1 + name.length, created.attributes, fail);
      const selfClosing = text[position - 2] === '/';
      if (root !== null && stack.length === 0) continue; // Only the first root element counts.
      const parent = stack.at(-1);
      if (parent === undefined) root = created;
      else parent.children.push(created);
      if (!selfClosing) {
        stack.push(created);
        if (stack.length > maxDepth) fail(`elements nested deeper than ${maxDepth}`, open);
      }
    }
  }
  if (root === null) throw new XmlSyntaxError('no element found: not XML');
  return root;
}

/** Reads attributes after a tag name into `into`; returns the position after the tag's `>`. */
function readAttributes(text: string, from: number, into: Record<string, string>, fail: (message: string, at: number) => never): number {
  let position = from;
  for (;;) {
    SPACE.lastIndex = position;
    SPACE.exec(text);
    position = SPACE.lastIndex;
    if (position >= text.length) fail('unterminated tag', from);
    if (text[position] === '>') return position + 1;
    if (text.startsWith('/>', position)) return position + 2;
    NAME.lastIndex = position;
    const name = NAME.exec(text)?.[0];
    if (name === undefined) {
      // Junk inside a tag: skip one character rather than give up on the feed.
      position++;
      continue;
    }
    position += name.length;
    SPACE.lastIndex = position;
    SPACE.exec(text);
    if (text[SPACE.lastIndex] !== '=') {
      into[name] = '';
      continue;
    }
    SPACE.lastIndex += 1;
    SPACE.exec(text);
    position = SPACE.lastIndex;
    const quote = text[position];
    if (quote === '"' || quote === "'") {
      const end = text.indexOf(quote, position + 1);
      if (end === -1) fail(`unterminated value of attribute ${name}`, position);
      into[name] = decodeEntities(text.slice(position + 1, end));
      position = end + 1;
    } else {
      const match = /[^\s>]*/y;
      match.lastIndex = position;
      const value = match.exec(text)?.[0] ?? '';
      into[name] = decodeEntities(value.endsWith('/') && text[position + value.length] === '>' ? value.slice(0, -1) : value);
      position += value.length;
      if (value.endsWith('/') && text[position] === '>') return position + 1;
    }
  }
}

/** The element children of `parent` whose name (as written) is `name`. */
export function childElements(parent: XmlElement, name: string): XmlElement[] {
  return parent.children.filter((child): child is XmlElement => typeof child !== 'string' && child.name === name);
}

/** The first element child named `name` (as written), or `undefined`. */
export function firstChild(parent: XmlElement, name: string): XmlElement | undefined {
  return parent.children.find((child): child is XmlElement => typeof child !== 'string' && child.name === name);
}

/** All text inside an element, descendants included, in document order. */
export function textContent(node: XmlNode): string {
  if (typeof node === 'string') return node;
  let text = '';
  for (const child of node.children) text += textContent(child);
  return text;
}
