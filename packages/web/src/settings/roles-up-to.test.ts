import { describe, expect, it } from 'vitest';
import { rolesUpTo } from './roles-up-to.js';

describe('rolesUpTo', () => {
  it('offers a trader the viewer and trader roles but not admin', () => {
    expect(rolesUpTo('trader')).toEqual(['viewer', 'trader']);
    expect(rolesUpTo('admin')).toEqual(['viewer', 'trader', 'admin']);
    expect(rolesUpTo(undefined)).toEqual([]);
  });
});
