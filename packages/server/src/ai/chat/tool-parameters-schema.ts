/**
 * The JSON-schema subset the chat tools describe their arguments with: the keywords the OpenAI-compatible client
 * checks arguments against (server/src/ai/llm/tool-parameter-schema.ts), no `anyOf`/`oneOf`/`$ref`. Kept here so the
 * tools compile on their own; it is structurally the client's `ToolParametersSchema`.
 */
export interface ToolParameterSchema {
  readonly type?: 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array';
  readonly description?: string;
  readonly enum?: readonly (string | number)[];
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly items?: ToolParameterSchema;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly format?: string;
  readonly properties?: Readonly<Record<string, ToolParameterSchema>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: boolean;
}

/** A tool's parameters: always an object at the top. */
export type ToolParametersSchema = ToolParameterSchema & { readonly type: 'object' };
