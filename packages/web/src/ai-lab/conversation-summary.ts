/** A conversation in the list of `GET /ai/conversations` (the title comes from its first question). */
export interface ConversationSummary {
  readonly id: string;
  readonly title: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}
