import { aiDocuments } from './ai-documents.js';
import { embeddings } from './embeddings.js';
import { conversations } from './conversations.js';
import { conversationMessages } from './conversation-messages.js';
import { accuracyTrackerState } from './accuracy-tracker-state.js';
import { agentSettings } from './agent-settings.js';
import { agentStats } from './agent-stats.js';
import { agentWeightHistory } from './agent-weight-history.js';
import { alerts } from './alerts.js';
import { alertTriggers } from './alert-triggers.js';
import { apiKeys } from './api-keys.js';
import { auditLog } from './audit-log.js';
import { autoFollowDecisions } from './auto-follow-decisions.js';
import { autoFollowSettings } from './auto-follow-settings.js';
import { backtests } from './backtests.js';
import { barCoverage } from './bar-coverage.js';
import { bars } from './bars.js';
import { feedback } from './feedback.js';
import { invites } from './invites.js';
import { learningWatermarks } from './learning-watermarks.js';
import { newsItems } from './news-items.js';
import { notificationChannels } from './notification-channels.js';
import { notificationDeliveries } from './notification-deliveries.js';
import { telegramLinkCodes } from './telegram-link-codes.js';
import { telegramLinks } from './telegram-links.js';
import { fills } from './fills.js';
import { orders } from './orders.js';
import { portfolios } from './portfolios.js';
import { positions } from './positions.js';
import { refreshTokens } from './refresh-tokens.js';
import { scanItems } from './scan-items.js';
import { scans } from './scans.js';
import { schemaMigrations } from './schema-migrations.js';
import { signalVotes } from './signal-votes.js';
import { signals } from './signals.js';
import { users } from './users.js';
import { watchlists } from './watchlists.js';
import { externalVotes } from './external-votes.js';
import { tradingviewHooks } from './tradingview-hooks.js';
import { feedTokens } from './feed-tokens.js';

/** Every table of the schema, for the schema-vs-migrations check and for clearing data in tests. */
export const ALL_TABLES = [
  users,
  apiKeys,
  refreshTokens,
  invites,
  signals,
  signalVotes,
  feedback,
  agentStats,
  agentWeightHistory,
  accuracyTrackerState,
  learningWatermarks,
  agentSettings,
  bars,
  barCoverage,
  watchlists,
  portfolios,
  positions,
  orders,
  fills,
  autoFollowSettings,
  autoFollowDecisions,
  backtests,
  scans,
  scanItems,
  newsItems,
  aiDocuments,
  embeddings,
  conversations,
  conversationMessages,
  alerts,
  alertTriggers,
  notificationChannels,
  notificationDeliveries,
  telegramLinks,
  telegramLinkCodes,
  tradingviewHooks,
  externalVotes,
  auditLog,
  feedTokens,
  schemaMigrations,
] as const;
