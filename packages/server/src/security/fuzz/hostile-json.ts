import fc, { type JsonValue } from 'fast-check';
import { hostileString } from './hostile-string.js';

/** Values of the wrong type for almost any field: each JSON type, its empty form, and numbers at the edges. */
const WRONG_TYPES: readonly JsonValue[] = [null, true, false, 0, -1, 1.5, 1e308, -1e308, 5e-324, Number.MAX_SAFE_INTEGER + 2, '', '0', 'null', 'true', [], {}, [null], { '': null }];

/** Keys that reach for the prototype chain or the object's own methods. */
const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty'];

/**
 * An object with the given entries as own properties. `obj[key] = value` would set the prototype for
 * `__proto__` instead, and the key would never reach the server.
 */
function objectOf(entries: readonly (readonly [string, JsonValue])[]): JsonValue {
  const result: Record<string, JsonValue> = {};
  for (const [key, value] of entries) Object.defineProperty(result, key, { value, enumerable: true, writable: true, configurable: true });
  return result;
}

/** `depth` levels of arrays or objects (or both, alternating) around `leaf`; built in a loop, not recursively. */
function nest(depth: number, kind: 'array' | 'object' | 'mixed', leaf: JsonValue): JsonValue {
  let value = leaf;
  for (let level = 0; level < depth; level++) {
    const asArray = kind === 'array' || (kind === 'mixed' && level % 2 === 0);
    value = asArray ? [value] : objectOf([['a', value]]);
  }
  return value;
}

const smallJson = fc.jsonValue({ maxDepth: 2 });

/**
 * Any JSON a client could send where the server expects something specific: random JSON, values of the wrong type,
 * hostile strings, nesting up to `maxDepth` levels, arrays of up to 20,000 elements, objects with extra, many or
 * prototype-reaching keys.
 */
export function hostileJson(maxDepth = 200): fc.Arbitrary<JsonValue> {
  const depth = Math.max(1, maxDepth);
  const key = fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS), hostileString(), fc.string({ maxLength: 10 }));
  return fc.oneof(
    { weight: 3, arbitrary: fc.jsonValue({ maxDepth: Math.min(depth, 4) }) },
    { weight: 2, arbitrary: fc.constantFrom(...WRONG_TYPES) },
    { weight: 2, arbitrary: hostileString() },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.integer({ min: Math.min(depth, 20), max: depth }), fc.constantFrom('array' as const, 'object' as const, 'mixed' as const), smallJson)
        .map(([levels, kind, leaf]) => nest(levels, kind, leaf)),
    },
    { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1_000, max: 20_000 }), smallJson).map(([length, item]) => Array.from({ length }, () => item)) },
    { weight: 2, arbitrary: fc.array(fc.tuple(key, smallJson), { maxLength: 12 }).map(objectOf) },
    { weight: 1, arbitrary: fc.integer({ min: 1_000, max: 5_000 }).map((count) => objectOf(Array.from({ length: count }, (_, index) => [`k${index}`, index] as const))) },
  );
}
