import { describe, expect, it } from 'vitest';
import { normalizeNewsUrl } from './normalize-news-url.js';

describe('normalizeNewsUrl', () => {
  it('gives one key to links that differ only in scheme, www, case of the host, trailing slash, fragment, tracking parameters or parameter order', () => {
    const key = 'reuters.com/markets/apple-beats?id=7&page=2';
    expect(normalizeNewsUrl('https://www.reuters.com/markets/apple-beats?id=7&page=2')).toBe(key);
    expect(normalizeNewsUrl('http://WWW.Reuters.com:80/markets/apple-beats/?page=2&utm_source=rss&id=7&fbclid=abc#comments')).toBe(key);
    expect(normalizeNewsUrl(' https://reuters.com:443/markets/apple-beats?UTM_MEDIUM=x&id=7&page=2&guccounter=1 ')).toBe(key);
  });

  it('keeps what names a different page: path case, other parameters, other ports', () => {
    expect(normalizeNewsUrl('https://x.com/News/A')).toBe('x.com/News/A');
    expect(normalizeNewsUrl('https://x.com/a?id=8')).not.toBe(normalizeNewsUrl('https://x.com/a?id=7'));
    expect(normalizeNewsUrl('https://x.com:8443/a')).toBe('x.com:8443/a');
    expect(normalizeNewsUrl('https://x.com/')).toBe('x.com');
  });

  it('has no key for what is not an http(s) URL', () => {
    expect(normalizeNewsUrl(null)).toBeNull();
    expect(normalizeNewsUrl('not a url')).toBeNull();
    expect(normalizeNewsUrl('mailto:desk@x.com')).toBeNull();
  });
});
