import type { Migration } from './migration.js';
import { initialMigration } from './sql/0001-initial.js';
import { learningWatermarksMigration } from './sql/0002-learning-watermarks.js';
import { oneSignalPerBarMigration } from './sql/0003-one-signal-per-bar.js';
import { invitesMigration } from './sql/0004-invites.js';
import { autoFollowMigration } from './sql/0005-auto-follow.js';
import { notificationChannelsMigration } from './sql/0006-notification-channels.js';
import { scansMigration } from './sql/0007-scans.js';
import { learningClaimsMigration } from './sql/0008-learning-claims.js';
import { newsMigration } from './sql/0009-news.js';
import { embeddingsMigration } from './sql/0010-embeddings.js';
import { conversationsMigration } from './sql/0011-conversations.js';
import { alertTriggersMigration } from './sql/0012-alert-triggers.js';
import { telegramLinksMigration } from './sql/0013-telegram-links.js';
import { externalVotesMigration } from './sql/0014-external-votes.js';
import { feedTokensMigration } from './sql/0015-feed-tokens.js';
import { socialAndTranscriptsMigration } from './sql/0016-social-and-transcripts.js';
import { deliveriesDuePerChannelMigration } from './sql/0017-deliveries-due-per-channel.js';

/**
 * Every migration, oldest first. The SQL lives in TypeScript modules so that it is compiled into
 * `dist/` with the code and nothing has to be copied. Add a migration as `sql/NNNN-name.ts` and append
 * it here; never edit one that may have been applied anywhere (the checksum check refuses to start).
 */
export const MIGRATIONS: readonly Migration[] = [initialMigration, learningWatermarksMigration, oneSignalPerBarMigration, invitesMigration, autoFollowMigration, notificationChannelsMigration, scansMigration, learningClaimsMigration, newsMigration, embeddingsMigration, conversationsMigration, alertTriggersMigration, telegramLinksMigration, externalVotesMigration, feedTokensMigration, socialAndTranscriptsMigration, deliveriesDuePerChannelMigration];
