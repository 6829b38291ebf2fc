import { sql } from 'drizzle-orm';
import { boolean, check, integer, jsonb, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { checkIn } from './check-in.js';
import { timestamptz } from './columns.js';
import { conversations } from './conversations.js';

/** Who wrote a message: the person, the assistant, or a tool the assistant called. */
export const MESSAGE_ROLES = ['user', 'assistant', 'tool'] as const;

/** One of {@link MESSAGE_ROLES}. */
export type MessageRole = (typeof MESSAGE_ROLES)[number];

/** What an answer can cite. */
export const CITATION_KINDS = ['signal', 'backtest', 'document', 'news', 'quote', 'agent', 'portfolio'] as const;

/** One of {@link CITATION_KINDS}. */
export type CitationKind = (typeof CITATION_KINDS)[number];

/** A source an answer used: a stored signal, a backtest, an uploaded document, a quote, ... */
export interface Citation {
  readonly kind: CitationKind;
  /** The cited thing's id (a symbol for a quote, an agent id for an agent). */
  readonly id: string;
  readonly title: string;
  /** Where the API serves it, when it does. */
  readonly url?: string;
}

/** A tool call made while answering: the tool's name and the arguments it was called with. */
export interface RecordedToolCall {
  readonly id: string;
  readonly name: string;
  readonly arguments: Readonly<Record<string, unknown>>;
}

/**
 * The messages of a conversation, numbered 1, 2, 3, … by `position`. A `tool` message holds what a tool returned to
 * the model (its call in `toolCalls`); an assistant message lists every call of its turn and what it cited.
 */
export const conversationMessages = pgTable(
  'conversation_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    conversationId: uuid('conversation_id')
      .notNull()
      .references(() => conversations.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    role: text('role').$type<MessageRole>().notNull(),
    content: text('content').notNull(),
    toolCalls: jsonb('tool_calls').$type<RecordedToolCall[]>(),
    citations: jsonb('citations').$type<Citation[]>(),
    /** True for an answer cut short: the client left, or the model failed mid-answer. */
    incomplete: boolean('incomplete').notNull().default(false),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [
    unique('conversation_messages_position_key').on(t.conversationId, t.position),
    check('conversation_messages_role_check', checkIn(t.role, MESSAGE_ROLES)),
    check('conversation_messages_position_check', sql`${t.position} >= 1`),
  ],
);
