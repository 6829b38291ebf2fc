/** The longest question the chat API takes (`content`: 1..4000 characters). */
export const MAX_MESSAGE_LENGTH = 4000;
