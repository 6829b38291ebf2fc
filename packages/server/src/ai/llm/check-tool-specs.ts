import type { ToolSpec } from './chat-request.js';
import { checkToolParameterSchema } from './tool-parameter-schema.js';

const TOOL_NAME = /^[A-Za-z0-9_-]{1,64}$/;

/** Throws a TypeError naming the first tool whose name is invalid or repeated, or whose parameters schema is not supported. */
export function checkToolSpecs(tools: readonly ToolSpec[]): void {
  const seen = new Set<string>();
  for (const tool of tools) {
    if (!TOOL_NAME.test(tool.name)) throw new TypeError(`tool name ${JSON.stringify(tool.name)} must be 1-64 letters, digits, "_" or "-"`);
    if (seen.has(tool.name)) throw new TypeError(`tool ${tool.name} is defined twice`);
    seen.add(tool.name);
    checkToolParameterSchema(tool.name, tool.parameters);
  }
}
