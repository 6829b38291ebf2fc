import { pathOf } from '../../market-data/providers/http/response-reader.js';
import type { JsonSchemaTypeName, ToolParameterSchema } from './tool-parameter-schema.js';

function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasType(value: unknown, type: JsonSchemaTypeName): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'null':
      return value === null;
    case 'array':
      return Array.isArray(value);
    case 'object':
      return isPlainObject(value);
  }
}

/** JSON values compare by their JSON text, which is exact for the scalars enums hold. */
function sameJson(left: unknown, right: unknown): boolean {
  return JSON.stringify(left) === JSON.stringify(right);
}

function where(at: string): string {
  return at === '' ? 'the arguments' : at;
}

function checkString(value: string, schema: ToolParameterSchema, at: string, problems: string[]): void {
  const length = [...value].length;
  if (schema.minLength !== undefined && length < schema.minLength) problems.push(`${where(at)} must have at least ${schema.minLength} characters, got ${shown(value)}`);
  if (schema.maxLength !== undefined && length > schema.maxLength) problems.push(`${where(at)} must have at most ${schema.maxLength} characters, got ${length}`);
  if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(value)) problems.push(`${where(at)} must match ${schema.pattern}, got ${shown(value)}`);
}

function checkNumber(value: number, schema: ToolParameterSchema, at: string, problems: string[]): void {
  if (schema.minimum !== undefined && value < schema.minimum) problems.push(`${where(at)} must be at least ${schema.minimum}, got ${value}`);
  if (schema.maximum !== undefined && value > schema.maximum) problems.push(`${where(at)} must be at most ${schema.maximum}, got ${value}`);
  if (schema.exclusiveMinimum !== undefined && value <= schema.exclusiveMinimum) problems.push(`${where(at)} must be more than ${schema.exclusiveMinimum}, got ${value}`);
  if (schema.exclusiveMaximum !== undefined && value >= schema.exclusiveMaximum) problems.push(`${where(at)} must be less than ${schema.exclusiveMaximum}, got ${value}`);
}

function checkArray(value: readonly unknown[], schema: ToolParameterSchema, at: string, problems: string[]): void {
  if (schema.minItems !== undefined && value.length < schema.minItems) problems.push(`${where(at)} must have at least ${schema.minItems} items, got ${value.length}`);
  if (schema.maxItems !== undefined && value.length > schema.maxItems) problems.push(`${where(at)} must have at most ${schema.maxItems} items, got ${value.length}`);
  const items = schema.items;
  if (items !== undefined) value.forEach((item, index) => checkValue(item, items, pathOf(at, index), problems));
}

function checkObject(value: Readonly<Record<string, unknown>>, schema: ToolParameterSchema, at: string, problems: string[]): void {
  const properties = schema.properties ?? {};
  for (const name of schema.required ?? []) {
    if (value[name] === undefined) problems.push(`${pathOf(at, name)} is required`);
  }
  for (const [name, property] of Object.entries(value)) {
    const known = Object.hasOwn(properties, name) ? properties[name] : undefined;
    if (known !== undefined) checkValue(property, known, pathOf(at, name), problems);
    else if (schema.additionalProperties === false) problems.push(`${pathOf(at, name)} is not a known parameter (known: ${Object.keys(properties).join(', ') || 'none'})`);
    else if (typeof schema.additionalProperties === 'object') checkValue(property, schema.additionalProperties, pathOf(at, name), problems);
  }
}

function checkValue(value: unknown, schema: ToolParameterSchema, at: string, problems: string[]): void {
  const types = schema.type === undefined ? [] : typeof schema.type === 'string' ? [schema.type] : schema.type;
  if (types.length > 0 && !types.some((type) => hasType(value, type))) {
    problems.push(`${where(at)} must be ${types.map((type) => (type === 'integer' || type === 'array' || type === 'object' ? `an ${type}` : `a ${type}`)).join(' or ')}, got ${shown(value)}`);
    return;
  }
  if (schema.enum !== undefined && !schema.enum.some((allowed) => sameJson(allowed, value))) {
    problems.push(`${where(at)} must be one of ${schema.enum.map((allowed) => shown(allowed)).join(', ')}, got ${shown(value)}`);
  }
  if (schema.const !== undefined && !sameJson(schema.const, value)) problems.push(`${where(at)} must be ${shown(schema.const)}, got ${shown(value)}`);
  if (typeof value === 'string') checkString(value, schema, at, problems);
  else if (typeof value === 'number') checkNumber(value, schema, at, problems);
  else if (Array.isArray(value)) checkArray(value, schema, at, problems);
  else if (isPlainObject(value)) checkObject(value, schema, at, problems);
}

/**
 * Every way `value` breaks `schema` (a schema already checked by `checkToolParameterSchema`), each
 * naming the argument (`symbol`, `range.from`, `symbols[2]`) so the model can correct its call; empty
 * when the arguments fit. No coercion: `"5"` is not a number.
 */
export function checkToolArguments(value: unknown, schema: ToolParameterSchema): string[] {
  const problems: string[] = [];
  checkValue(value, schema, '', problems);
  return problems;
}
