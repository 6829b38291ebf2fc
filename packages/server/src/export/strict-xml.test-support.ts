import { SaxesParser } from 'saxes';

/** An element as a strict, namespace-aware XML parser read it. */
export interface StrictXmlElement {
  /** `{namespace URI}local name`, or the local name without a namespace: `{http://www.w3.org/2005/Atom}entry`. */
  readonly name: string;
  /** Attribute values by name as written (`isPermaLink`, `xmlns:atom`). */
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly StrictXmlElement[];
  /** The text directly inside the element (entities and CDATA resolved). */
  readonly text: string;
}

interface OpenElement {
  readonly name: string;
  readonly attributes: Record<string, string>;
  readonly children: StrictXmlElement[];
  text: string;
}

/**
 * Parses `xml` with saxes, a conforming XML 1.0 parser with namespaces: anything not well-formed (an unescaped `&` or
 * `<`, a forbidden character, an unbound prefix, a mismatched tag) throws. Tests use it to prove a writer's output is
 * real XML, which the forgiving news-feed parser would not.
 */
export function parseStrictXml(xml: string): StrictXmlElement {
  const parser = new SaxesParser({ xmlns: true });
  const stack: OpenElement[] = [];
  let root: StrictXmlElement | undefined;
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag) => {
    const attributes: Record<string, string> = {};
    for (const attribute of Object.values(tag.attributes)) attributes[attribute.name] = attribute.value;
    stack.push({ name: tag.uri === '' ? tag.local : `{${tag.uri}}${tag.local}`, attributes, children: [], text: '' });
  });
  parser.on('text', (text) => {
    const current = stack.at(-1);
    if (current !== undefined) current.text += text;
  });
  parser.on('closetag', () => {
    const closed = stack.pop();
    if (closed === undefined) return;
    const parent = stack.at(-1);
    if (parent === undefined) root = closed;
    else parent.children.push(closed);
  });
  parser.write(xml).close();
  if (root === undefined) throw new Error('no root element');
  return root;
}

/** The children of `element` named `name` (`{uri}local` for namespaced ones). */
export function childrenNamed(element: StrictXmlElement, name: string): StrictXmlElement[] {
  return element.children.filter((child) => child.name === name);
}

/** The text of the first child named `name`, or `undefined`. */
export function childText(element: StrictXmlElement, name: string): string | undefined {
  return element.children.find((child) => child.name === name)?.text;
}
