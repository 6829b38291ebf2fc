/** The bounds a chat service keeps. */
export interface ChatLimits {
  /** Longest question, in characters. */
  readonly messageChars: number;
  /**
   * Most conversations per user. Beyond it, starting another is refused (409) until one is deleted: deleting a
   * person's conversations on their behalf would lose what they may want to keep.
   */
  readonly conversationsPerUser: number;
  /** Most messages per conversation (questions, answers and tool results); beyond it, a new conversation is needed. */
  readonly messagesPerConversation: number;
  /** Model calls per answer before the tool loop gives up. */
  readonly toolRounds: number;
}

/** The defaults. */
export const DEFAULT_CHAT_LIMITS: ChatLimits = { messageChars: 4000, conversationsPerUser: 200, messagesPerConversation: 400, toolRounds: 5 };
