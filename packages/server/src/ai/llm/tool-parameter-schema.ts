/** The JSON schema type names. */
export type JsonSchemaTypeName = 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' | 'null';

/**
 * The part of JSON schema (draft 2020-12 / draft-07) that tool parameters may use and that
 * {@link checkToolArguments} enforces. Keywords outside it are refused when the tool is defined
 * (see {@link checkToolParameterSchema}), so a schema never promises a check that is not made.
 * `description`, `title`, `default`, `examples`, `format` and `$schema` are annotations: sent to the
 * model, not checked (zod's `toJSONSchema()` output fits this subset when it uses none of
 * `anyOf`/`oneOf`/`$ref`).
 */
export interface ToolParameterSchema {
  readonly type?: JsonSchemaTypeName | readonly JsonSchemaTypeName[];
  readonly description?: string;
  readonly title?: string;
  readonly default?: unknown;
  readonly examples?: readonly unknown[];
  readonly format?: string;
  readonly $schema?: string;
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly exclusiveMinimum?: number;
  readonly exclusiveMaximum?: number;
  readonly items?: ToolParameterSchema;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly properties?: Readonly<Record<string, ToolParameterSchema>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: boolean | ToolParameterSchema;
}

/** The parameters of a tool: always an object (OpenAI requires `type: 'object'` at the top). */
export type ToolParametersSchema = ToolParameterSchema & { readonly type: 'object' };

const KEYWORDS: ReadonlySet<string> = new Set([
  'type', 'description', 'title', 'default', 'examples', 'format', '$schema', 'enum', 'const', 'minLength', 'maxLength',
  'pattern', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'items', 'minItems', 'maxItems',
  'properties', 'required', 'additionalProperties',
]);
const TYPE_NAMES: ReadonlySet<string> = new Set(['string', 'number', 'integer', 'boolean', 'object', 'array', 'null']);
const NUMBER_KEYWORDS = ['minLength', 'maxLength', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'minItems', 'maxItems'] as const;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function problemsOf(schema: unknown, at: string): string[] {
  if (!isPlainObject(schema)) return [`${at} must be a schema object`];
  const problems: string[] = [];
  for (const keyword of Object.keys(schema)) {
    if (!KEYWORDS.has(keyword)) problems.push(`${at} uses "${keyword}", which tool parameters do not support`);
  }
  const types = schema.type === undefined ? [] : Array.isArray(schema.type) ? schema.type : [schema.type];
  for (const type of types) {
    if (typeof type !== 'string' || !TYPE_NAMES.has(type)) problems.push(`${at}.type has the unknown type ${JSON.stringify(type)}`);
  }
  for (const keyword of NUMBER_KEYWORDS) {
    const value = schema[keyword];
    if (value !== undefined && (typeof value !== 'number' || !Number.isFinite(value))) problems.push(`${at}.${keyword} must be a finite number`);
  }
  if (schema.pattern !== undefined) {
    try {
      new RegExp(String(schema.pattern), 'u');
    } catch {
      problems.push(`${at}.pattern is not a valid regular expression`);
    }
  }
  if (schema.enum !== undefined && !Array.isArray(schema.enum)) problems.push(`${at}.enum must be an array`);
  if (schema.required !== undefined && (!Array.isArray(schema.required) || !schema.required.every((name) => typeof name === 'string'))) {
    problems.push(`${at}.required must be an array of property names`);
  }
  if (schema.items !== undefined) problems.push(...problemsOf(schema.items, `${at}.items`));
  if (schema.properties !== undefined) {
    if (!isPlainObject(schema.properties)) problems.push(`${at}.properties must be an object`);
    else for (const [name, property] of Object.entries(schema.properties)) problems.push(...problemsOf(property, `${at}.properties.${name}`));
  }
  if (schema.additionalProperties !== undefined && typeof schema.additionalProperties !== 'boolean') {
    problems.push(...problemsOf(schema.additionalProperties, `${at}.additionalProperties`));
  }
  return problems;
}

/**
 * Checks that `schema` describes an object with the keywords {@link checkToolArguments} enforces,
 * throwing a TypeError that lists every problem (a programming error of the tool's author).
 */
export function checkToolParameterSchema(toolName: string, schema: unknown): ToolParametersSchema {
  const problems = problemsOf(schema, 'parameters');
  if (problems.length === 0 && isPlainObject(schema) && schema.type !== 'object') problems.push('parameters.type must be "object"');
  if (problems.length > 0) throw new TypeError(`tool ${toolName}: ${problems.join('; ')}`);
  return schema as ToolParametersSchema;
}
