import fc, { type JsonValue } from 'fast-check';
import { hostileJson } from './hostile-json.js';
import { hostileString } from './hostile-string.js';
import type { JsonSchema } from './json-schema.js';

type TypeName = 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' | 'null';

/** Dates near today: ranges far from it are also tried, by the mutations, but most requests should look real. */
const PLAUSIBLE_DATE = fc.date({ min: new Date('2015-01-01T00:00:00Z'), max: new Date('2030-01-01T00:00:00Z'), noInvalidDate: true });

const BAD_UUIDS = ['00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff', 'FFFFFFFF-FFFF-4FFF-8FFF-FFFFFFFFFFFF', '{6f1c2a9e-3c1b-4f0e-9a57-2d5a4c1e8b10}', '6f1c2a9e3c1b4f0e9a572d5a4c1e8b10', '6f1c2a9e-3c1b-4f0e-9a57-2d5a4c1e8b1g', 'urn:uuid:6f1c2a9e-3c1b-4f0e-9a57-2d5a4c1e8b10', '1', 'not-a-uuid'];

const BAD_DATES = [
  '2024-13-45T25:61:61Z',
  '0000-01-01T00:00:00Z',
  '+275760-09-13T00:00:00.001Z',
  '-271821-04-20T00:00:00Z',
  '9999-12-31T23:59:59.999999999Z',
  '1970-01-01T00:00:00+25:00',
  '2024-06-03',
  '2024-06-03T18:00:00',
  '2024-02-30T00:00:00Z',
  '1717437600000',
  'now',
  '1900-01-01T00:00:00Z',
  '2999-01-01T00:00:00Z',
];

/** Numbers as strings that `Number()` reads differently from a decimal parser, or not at all. */
const NUMERIC_STRINGS = ['1e309', '-1e309', 'NaN', 'Infinity', '9'.repeat(400), '0x10', '1_0', ' 1 ', '1,5', '', '-0', '0.1e-400'];

/** Describes a date in prose only (no `format`): such strings are dates in practice, so fitting values should be too. */
const DATE_DESCRIPTION = /ISO[- ]?8601|\bdate\b/i;

function typesOf(schema: JsonSchema): TypeName[] {
  if (schema.type !== undefined) return typeof schema.type === 'string' ? [schema.type] : [...schema.type];
  if (schema.properties !== undefined || schema.required !== undefined || schema.additionalProperties !== undefined) return ['object'];
  if (schema.items !== undefined || schema.minItems !== undefined || schema.maxItems !== undefined) return ['array'];
  if (schema.pattern !== undefined || schema.format !== undefined || schema.minLength !== undefined || schema.maxLength !== undefined) return ['string'];
  if (schema.minimum !== undefined || schema.maximum !== undefined || schema.exclusiveMinimum !== undefined || schema.exclusiveMaximum !== undefined) return ['number'];
  return [];
}

/** An object with `key` set as an own property, even for `__proto__`. */
function withKey(value: JsonValue, key: string, keyValue: JsonValue): JsonValue {
  const copy: { [key: string]: JsonValue | undefined } = typeof value === 'object' && value !== null && !Array.isArray(value) ? { ...value } : {};
  Object.defineProperty(copy, key, { value: keyValue, enumerable: true, writable: true, configurable: true });
  return copy;
}

function withoutKey(value: JsonValue, key: string): JsonValue {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([name]) => name !== key));
}

function compiledPattern(pattern: string): RegExp | undefined {
  try {
    return new RegExp(pattern, 'u');
  } catch {
    try {
      return new RegExp(pattern);
    } catch {
      return undefined;
    }
  }
}

function lowerBound(schema: JsonSchema): { value: number | undefined; excluded: boolean } {
  if (typeof schema.exclusiveMinimum === 'number') return { value: schema.exclusiveMinimum, excluded: true };
  return { value: schema.minimum, excluded: schema.exclusiveMinimum === true };
}

function upperBound(schema: JsonSchema): { value: number | undefined; excluded: boolean } {
  if (typeof schema.exclusiveMaximum === 'number') return { value: schema.exclusiveMaximum, excluded: true };
  return { value: schema.maximum, excluded: schema.exclusiveMaximum === true };
}

function fittingString(schema: JsonSchema): fc.Arbitrary<string> {
  const minLength = schema.minLength ?? 0;
  const maxLength = schema.maxLength ?? Math.max(minLength, 40);
  const fit = (text: string): string => (text.length > maxLength ? text.slice(0, maxLength) : text);
  if (schema.format === 'uuid') return fc.uuid();
  if (schema.format === 'date-time') return PLAUSIBLE_DATE.map((date) => date.toISOString());
  if (schema.format === 'date') return PLAUSIBLE_DATE.map((date) => date.toISOString().slice(0, 10));
  if (schema.format === 'email') return fc.emailAddress();
  if (schema.format === 'uri' || schema.format === 'url') return fc.webUrl();
  if (schema.pattern !== undefined) {
    const pattern = compiledPattern(schema.pattern);
    if (pattern !== undefined) return fc.stringMatching(pattern).map(fit);
  }
  if (DATE_DESCRIPTION.test(schema.description ?? '')) {
    return fc.oneof(PLAUSIBLE_DATE.map((date) => date.toISOString()), PLAUSIBLE_DATE.map((date) => date.toISOString().slice(0, 10))).map(fit);
  }
  return fc.string({ minLength, maxLength: Math.min(maxLength, minLength + 40) });
}

function fittingNumber(schema: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const low = lowerBound(schema);
  const high = upperBound(schema);
  const min = low.value ?? -1e9;
  const max = high.value ?? 1e9;
  const arbitrary = integer
    ? fc.integer({ min: Math.max(Number.MIN_SAFE_INTEGER, Math.ceil(low.excluded ? min + 1 : min)), max: Math.min(Number.MAX_SAFE_INTEGER, Math.floor(high.excluded ? max - 1 : max)) })
    : fc.double({ min, max, minExcluded: low.excluded, maxExcluded: high.excluded, noNaN: true, noDefaultInfinity: true });
  const step = schema.multipleOf;
  return step !== undefined && step > 0 ? arbitrary.map((value) => Math.round(value / step) * step) : arbitrary;
}

function fittingArray(schema: JsonSchema): fc.Arbitrary<JsonValue> {
  if (Array.isArray(schema.items)) return fc.tuple(...schema.items.map((item: JsonSchema) => fitting(item)));
  const items: JsonSchema = (schema.items as JsonSchema | undefined) ?? {};
  let minLength = schema.minItems ?? 0;
  let maxLength = Math.min(schema.maxItems ?? 8, minLength + 8);
  if (schema.uniqueItems === true) {
    // Too few distinct values would make the unique array loop looking for more.
    const distinct = items.enum?.length ?? (items.type === 'boolean' ? 2 : Infinity);
    maxLength = Math.min(maxLength, distinct);
    minLength = Math.min(minLength, maxLength);
    return fc.uniqueArray(fitting(items), { minLength, maxLength, selector: (value) => JSON.stringify(value) });
  }
  return fc.array(fitting(items), { minLength, maxLength });
}

function fittingObject(schema: JsonSchema): fc.Arbitrary<JsonValue> {
  const properties = schema.properties ?? {};
  const keys = Object.keys(properties);
  const model: Record<string, fc.Arbitrary<JsonValue>> = {};
  for (const key of keys) model[key] = fitting(properties[key] ?? {});
  for (const key of schema.required ?? []) model[key] ??= fc.jsonValue({ maxDepth: 1 });
  const requiredKeys = (schema.required ?? []).filter((key) => key in model);
  const record = fc.record(model, { requiredKeys }).map((value) => value as JsonValue);
  const additional = schema.additionalProperties;
  if (typeof additional !== 'object' || keys.length > 0) return record;
  // A map such as `params: { fast: 10 }`: keys are free, values follow the schema.
  const maxKeys = Math.min(schema.maxProperties ?? 5, 5);
  return fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), fitting(additional), { maxKeys, minKeys: Math.min(schema.minProperties ?? 0, maxKeys) }).map((value) => value as JsonValue);
}

function fittingOfType(type: TypeName, schema: JsonSchema): fc.Arbitrary<JsonValue> {
  switch (type) {
    case 'string':
      return fittingString(schema);
    case 'number':
      return fittingNumber(schema, false);
    case 'integer':
      return fittingNumber(schema, true);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return fittingArray(schema);
    case 'object':
      return fittingObject(schema);
  }
}

/** A value the schema accepts (as far as the supported keywords go). */
function fitting(schema: JsonSchema): fc.Arbitrary<JsonValue> {
  if (schema.const !== undefined) return fc.constant(schema.const as JsonValue);
  if (schema.enum !== undefined && schema.enum.length > 0) return fc.constantFrom(...(schema.enum as JsonValue[]));
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives !== undefined && alternatives.length > 0) return fc.oneof(...alternatives.map((alternative) => fitting(alternative)));
  if (schema.allOf !== undefined && schema.allOf.length > 0) {
    const { allOf, ...rest } = schema;
    return fitting(Object.assign({}, ...allOf, rest) as JsonSchema);
  }
  const arbitraries = typesOf(schema).map((type) => fittingOfType(type, schema));
  if (schema.nullable === true) arbitraries.push(fc.constant(null));
  if (arbitraries.length === 0) return fc.jsonValue({ maxDepth: 2 });
  return arbitraries.length === 1 ? arbitraries[0] : fc.oneof(...arbitraries);
}

function stringMutations(schema: JsonSchema): fc.Arbitrary<JsonValue>[] {
  const mutations: fc.Arbitrary<JsonValue>[] = [hostileString(), fc.constantFrom(...NUMERIC_STRINGS)];
  const base = fittingString(schema);
  if (schema.maxLength !== undefined) {
    const max = schema.maxLength;
    // Astral characters count once for the validator but twice in UTF-16 and four times in UTF-8 bytes.
    mutations.push(fc.constantFrom('x'.repeat(max + 1), '𝕏'.repeat(max), 'e\u0301'.repeat(max), 'x'.repeat(Math.max(max + 1, Math.min(max * 100, 200_000)))));
  }
  if ((schema.minLength ?? 0) > 0) mutations.push(fc.constantFrom('', ' '.repeat(schema.minLength ?? 1), '\u200B'.repeat(schema.minLength ?? 1)));
  if (schema.pattern !== undefined || schema.enum !== undefined) {
    mutations.push(base.map((text) => text.toLowerCase()), base.map((text) => `${text}\n`), base.map((text) => ` ${text} `), fc.tuple(base, hostileString()).map(([text, suffix]) => text + suffix));
  }
  if (schema.format === 'uuid') mutations.push(fc.constantFrom(...BAD_UUIDS));
  if (schema.format === 'date-time' || schema.format === 'date' || DATE_DESCRIPTION.test(schema.description ?? '')) mutations.push(fc.constantFrom(...BAD_DATES));
  return mutations;
}

function numberMutations(schema: JsonSchema, integer: boolean): fc.Arbitrary<JsonValue>[] {
  const low = lowerBound(schema).value;
  const high = upperBound(schema).value;
  const edges: JsonValue[] = [0, -1, 1e308, -1e308, 5e-324, Number.MAX_SAFE_INTEGER + 2, 2 ** 31, -(2 ** 31) - 1, 2 ** 63];
  if (low !== undefined) edges.push(low, low - 1, low - 1e-9);
  if (high !== undefined) edges.push(high, high + 1, high + 1e-9);
  if (integer) edges.push(0.5, 1.0000001, (low ?? 0) + 0.5);
  return [fc.constantFrom(...edges), fc.constantFrom(...NUMERIC_STRINGS)];
}

function arrayMutations(schema: JsonSchema): fc.Arbitrary<JsonValue>[] {
  const items: JsonSchema = Array.isArray(schema.items) ? {} : ((schema.items as JsonSchema | undefined) ?? {});
  const item = fitting(items);
  const mutations: fc.Arbitrary<JsonValue>[] = [
    fc.tuple(fc.integer({ min: 1_000, max: 10_000 }), item).map(([length, value]) => Array.from({ length }, () => value)),
    fc.array(fc.oneof(item, mutated(items)), { minLength: 1, maxLength: 4 }),
    item.map((value) => ({ '0': value, length: 1 })),
  ];
  if (schema.maxItems !== undefined) {
    const length = schema.maxItems + 1;
    mutations.push(fc.array(item, { minLength: length, maxLength: length }));
  }
  if ((schema.minItems ?? 0) > 0) mutations.push(fc.constant([]));
  if (schema.uniqueItems === true) mutations.push(item.map((value) => [value, value]));
  return mutations;
}

function objectMutations(schema: JsonSchema): fc.Arbitrary<JsonValue>[] {
  const properties = schema.properties ?? {};
  const keys = Object.keys(properties);
  const base = fittingObject(schema);
  const required = schema.required ?? [];
  const extraKey = fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'extra', ''), hostileString());
  const mutations: fc.Arbitrary<JsonValue>[] = [
    fc.tuple(base, extraKey, hostileJson(3)).map(([value, key, extra]) => withKey(value, key, extra)),
    base.map((value) => withKey(value, '__proto__', { polluted: true, isAdmin: true })),
    base.map((value) => withKey(value, 'constructor', { prototype: { polluted: true } })),
  ];
  if (required.length > 0) mutations.push(fc.tuple(base, fc.constantFrom(...required)).map(([value, key]) => withoutKey(value, key)));
  if (keys.length > 0) {
    mutations.push(fc.constantFrom(...keys).chain((key) => fc.tuple(base, mutated(properties[key] ?? {})).map(([value, wrong]) => withKey(value, key, wrong))));
    mutations.push(fc.constant(Object.fromEntries(keys.map((key) => [key, null]))));
  }
  if (typeof schema.additionalProperties === 'object') {
    const count = (schema.maxProperties ?? 100) + 1;
    mutations.push(fc.constant(Object.fromEntries(Array.from({ length: count }, (_, index) => [`k${index}`, index]))));
  }
  return mutations;
}

/** A value the schema refuses, usually in one respect only: type, range, length, format, a missing or extra key. */
function mutated(schema: JsonSchema): fc.Arbitrary<JsonValue> {
  const mutations: fc.Arbitrary<JsonValue>[] = [hostileJson(8)];
  if (schema.enum !== undefined && schema.enum.length > 0) {
    const allowed = schema.enum;
    const nearMisses = allowed
      .filter((value): value is string => typeof value === 'string')
      .flatMap((value) => [value.toUpperCase(), value.toLowerCase(), ` ${value}`, `${value}\u0000`, `${value},${value}`, `${value.normalize('NFD')}\u0301`])
      .filter((value) => !allowed.includes(value));
    if (nearMisses.length > 0) mutations.push(fc.constantFrom(...nearMisses));
  }
  for (const type of typesOf(schema)) {
    if (type === 'string') mutations.push(...stringMutations(schema));
    if (type === 'number' || type === 'integer') mutations.push(...numberMutations(schema, type === 'integer'));
    if (type === 'array') mutations.push(...arrayMutations(schema));
    if (type === 'object') mutations.push(...objectMutations(schema));
  }
  return fc.oneof(...mutations);
}

/**
 * Values for a JSON schema that mostly fit it and otherwise break it in one way: the wrong type, a number just out
 * of range, a string one character too long, a bad format, a missing required key, an extra or prototype-reaching
 * key, a property deep inside broken the same way. Fitting values get a request past validation into the handler;
 * the broken ones test the validation and the error path. `brokenShare` is the part broken, from 0 (every value
 * fits, as far as the supported keywords go) to 1; default 0.4.
 */
export function valueForSchema(schema: JsonSchema, options: { readonly brokenShare?: number } = {}): fc.Arbitrary<JsonValue> {
  const brokenShare = Math.min(1, Math.max(0, options.brokenShare ?? 0.4));
  if (brokenShare === 0) return fitting(schema);
  if (brokenShare === 1) return mutated(schema);
  const broken = Math.round(brokenShare * 100);
  return fc.oneof({ weight: 100 - broken, arbitrary: fitting(schema) }, { weight: broken, arbitrary: mutated(schema) });
}
