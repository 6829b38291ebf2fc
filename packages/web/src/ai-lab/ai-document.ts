/** An uploaded document as the document routes give it. */
export interface AiDocument {
  readonly id: string;
  readonly name: string;
  readonly contentType: string;
  /** Size of the uploaded file. */
  readonly bytes: number;
  /** Passages indexed for search. */
  readonly chunks: number;
  readonly createdAt: string;
}
