/** A source as retrieval indexes it: a title shown with results, and the text cut into passages. */
export interface SourceText {
  readonly title: string;
  readonly text: string;
}
