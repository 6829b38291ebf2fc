import { describe, expect, it } from 'vitest';
import { checkToolArguments } from './check-tool-arguments.js';
import { checkToolParameterSchema, type ToolParametersSchema } from './tool-parameter-schema.js';

const SCHEMA: ToolParametersSchema = {
  type: 'object',
  properties: {
    symbol: { type: 'string', pattern: '^[A-Z.]{1,10}$', description: 'Ticker' },
    limit: { type: 'integer', minimum: 1, maximum: 50 },
    kinds: { type: 'array', items: { type: 'string', enum: ['signal', 'news'] }, maxItems: 2 },
    range: { type: 'object', properties: { from: { type: 'string', minLength: 10 } }, required: ['from'] },
    note: { type: ['string', 'null'] },
  },
  required: ['symbol'],
  additionalProperties: false,
};

describe('checkToolArguments', () => {
  it('accepts arguments that fit the schema', () => {
    expect(checkToolArguments({ symbol: 'AAPL', limit: 5, kinds: ['news'], range: { from: '2024-01-02' }, note: null }, SCHEMA)).toEqual([]);
  });

  it('names every argument at fault and why', () => {
    expect(checkToolArguments({ limit: '5', kinds: ['news', 'quote', 'signal'], range: {}, extra: true }, SCHEMA)).toEqual([
      'symbol is required',
      'limit must be an integer, got "5"',
      'kinds must have at most 2 items, got 3',
      'kinds[1] must be one of "signal", "news", got "quote"',
      'range.from is required',
      'extra is not a known parameter (known: symbol, limit, kinds, range, note)',
    ]);
  });

  it('checks bounds and patterns', () => {
    expect(checkToolArguments({ symbol: 'aapl', limit: 51 }, SCHEMA)).toEqual(['symbol must match ^[A-Z.]{1,10}$, got "aapl"', 'limit must be at most 50, got 51']);
    expect(checkToolArguments({ symbol: 'A', limit: 2.5 }, SCHEMA)).toEqual(['limit must be an integer, got 2.5']);
  });

  it('rejects arguments that are not an object', () => {
    expect(checkToolArguments([1], SCHEMA)).toEqual(['the arguments must be an object, got [1]']);
  });
});

describe('checkToolParameterSchema', () => {
  it('accepts the subset zod toJSONSchema writes for plain objects', () => {
    const schema = { $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object', properties: { q: { type: 'string' } }, required: ['q'], additionalProperties: false };
    expect(checkToolParameterSchema('search', schema)).toBe(schema);
  });

  it('refuses keywords it would not enforce, a non-object top and bad regular expressions', () => {
    expect(() => checkToolParameterSchema('t', { type: 'object', properties: { a: { anyOf: [{ type: 'string' }] } } })).toThrow(
      'tool t: parameters.properties.a uses "anyOf", which tool parameters do not support',
    );
    expect(() => checkToolParameterSchema('t', { type: 'string' })).toThrow('tool t: parameters.type must be "object"');
    expect(() => checkToolParameterSchema('t', { type: 'object', properties: { a: { type: 'string', pattern: '(' } } })).toThrow(
      'tool t: parameters.properties.a.pattern is not a valid regular expression',
    );
  });
});
