import type { ChannelSender } from './channel-sender.js';
import type { NotificationMessage } from './notification-message.js';
import { actionMark, truncate } from './message-text.js';
import { postJson } from './post-json.js';

/** A Block Kit text object. */
export interface SlackText {
  readonly type: 'plain_text' | 'mrkdwn';
  readonly text: string;
  readonly emoji?: boolean;
}

/** A Block Kit block of the kinds sent here. */
export type SlackBlock =
  | { readonly type: 'header'; readonly text: SlackText }
  | { readonly type: 'section'; readonly text?: SlackText; readonly fields?: readonly SlackText[] }
  | { readonly type: 'context'; readonly elements: readonly SlackText[] };

/** The body of a Slack incoming-webhook call: blocks, and `text` for notifications and clients without blocks. */
export interface SlackWebhookBody {
  readonly text: string;
  readonly blocks: readonly SlackBlock[];
}

/** Slack's mrkdwn escaping: only `&`, `<` and `>` (the rest would start links and mentions). */
export function escapeSlack(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}

/** The Slack body for `message`: a header, the text, the fields two by two (10 per section), and the link. */
export function slackBody(message: NotificationMessage): SlackWebhookBody {
  const fields = message.fields.slice(0, 40).map((field): SlackText => ({ type: 'mrkdwn', text: truncate(`*${escapeSlack(field.name)}*\n${escapeSlack(field.value)}`, 2000) }));
  const blocks: SlackBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: truncate(`${actionMark(message.action)}${message.subject}`, 150), emoji: true } },
    { type: 'section', text: { type: 'mrkdwn', text: truncate(escapeSlack(message.text), 3000) } },
    ...chunks(fields, 10).map((group): SlackBlock => ({ type: 'section', fields: group })),
  ];
  if (message.url !== undefined) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: `<${escapeSlack(message.url)}|Open in GoldenSignals>` }] });
  return { text: truncate(`${message.subject}: ${message.text}`, 3000), blocks };
}

/** Posts messages to a Slack incoming webhook (Block Kit); Slack-compatible servers (Mattermost) take them too. */
export class SlackSender implements ChannelSender {
  async send(config: Readonly<Record<string, string>>, _secret: string | null, message: NotificationMessage, signal: AbortSignal): Promise<void> {
    await postJson(config.webhookUrl, JSON.stringify(slackBody(message)), {}, signal);
  }
}
