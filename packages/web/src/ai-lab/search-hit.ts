/** A passage `GET /ai/search` found: what it belongs to, its text and its cosine similarity to the question. */
export interface SearchHit {
  readonly kind: string;
  readonly id: string;
  readonly title: string;
  readonly text: string;
  readonly score: number;
}
