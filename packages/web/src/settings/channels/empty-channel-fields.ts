import type { ChannelFields } from './channel-fields.js';

/** A blank "Add channel" form, webhook chosen. */
export const EMPTY_CHANNEL_FIELDS: ChannelFields = { kind: 'webhook', name: '', url: '', botToken: '', chatId: '', webhookUrl: '', to: '' };
