import { describe, expect, it } from 'vitest';
import { childElements, firstChild, parseXml, textContent, XmlSyntaxError } from './parse-xml.js';

describe('parseXml', () => {
  it('reads elements, attributes in either quote, text with entities, CDATA as written, and skips comments, PIs and the DOCTYPE', () => {
    const root = parseXml(`\ufeff<?xml version="1.0"?>
<!DOCTYPE note [ <!ENTITY boom "&#x26;boom;"> <!ELEMENT note (to)> ]>
<note lang='en' id="n&amp;1"><!-- hidden --><to>Ada &amp; Bob &#8217;s &#x1F600;</to><body><![CDATA[<b>&amp; raw</b>]]></body><br/><x:y z="1"/></note>`);
    expect(root.name).toBe('note');
    expect(root.attributes).toEqual({ lang: 'en', id: 'n&1' });
    expect(textContent(firstChild(root, 'to') ?? root)).toBe('Ada & Bob ’s 😀');
    expect(textContent(firstChild(root, 'body') ?? root)).toBe('<b>&amp; raw</b>');
    expect(childElements(root, 'br')).toHaveLength(1);
    expect(firstChild(root, 'x:y')).toMatchObject({ name: 'x:y', localName: 'y', attributes: { z: '1' }, children: [] });
  });

  it('never expands entities a document declares', () => {
    const root = parseXml('<!DOCTYPE a [<!ENTITY lol "lololol">]><a>&lol;&lol;</a>');
    expect(textContent(root)).toBe('&lol;&lol;');
  });

  it('recovers from sloppy markup: a closing tag closes the elements it skips, stray closers are ignored, unclosed elements end with the text', () => {
    const root = parseXml('<rss><channel><item><title>A < B</title></channel></stray><item><title>open');
    const channel = firstChild(root, 'channel');
    expect(channel && childElements(channel, 'item').map((item) => textContent(item))).toEqual(['A < B']);
    expect(childElements(root, 'item').map((item) => textContent(item))).toEqual(['open']);
  });

  it('refuses text that holds no XML, naming the problem and the line', () => {
    expect(() => parseXml('{"items": []}')).toThrow(new XmlSyntaxError('text before the first element: not XML (line 1)'));
    expect(() => parseXml('   ')).toThrow('no element found: not XML');
    expect(() => parseXml('<a>\n<!-- never closed')).toThrow('unterminated comment (line 2)');
    expect(() => parseXml('<a b="open>')).toThrow('unterminated value of attribute b (line 1)');
  });

  it('refuses nesting deeper than the limit', () => {
    expect(() => parseXml('<a>'.repeat(65))).toThrow('elements nested deeper than 64');
    expect(parseXml('<a>'.repeat(64)).name).toBe('a');
  });
});
