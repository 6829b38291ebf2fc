/** A tool the assistant called while answering, with the arguments it passed. */
export interface ToolCall {
  readonly id: string;
  readonly name: string;
  /** An object as stored; a model may also hand over a JSON text, which is shown as it came. */
  readonly arguments: unknown;
}
