import { describe, expect, it } from 'vitest';
import { companyNameAliases } from './company-name-aliases.js';

describe('companyNameAliases', () => {
  it('drops legal suffixes, share classes, a leading "The", ".com" and quote currencies, and adds a title-cased form of names in capitals', () => {
    expect(companyNameAliases('Apple Inc.')).toEqual(['Apple']);
    expect(companyNameAliases('NVIDIA Corporation')).toEqual(['NVIDIA', 'Nvidia']);
    expect(companyNameAliases('Alphabet Inc. Class A')).toEqual(['Alphabet']);
    expect(companyNameAliases('Alibaba Group Holding Limited')).toEqual(['Alibaba']);
    expect(companyNameAliases('The Walt Disney Company')).toEqual(['Walt Disney']);
    expect(companyNameAliases('Amazon.com, Inc.')).toEqual(['Amazon.com', 'Amazon']);
    expect(companyNameAliases('Bitcoin USD')).toEqual(['Bitcoin']);
    expect(companyNameAliases('Bank of America Corporation')).toEqual(['Bank of America']);
  });

  it('keeps a name made only of a suffix word, and drops forms too short to be told from words', () => {
    expect(companyNameAliases('Group')).toEqual(['Group']);
    expect(companyNameAliases('GE Inc.')).toEqual([]);
  });
});
