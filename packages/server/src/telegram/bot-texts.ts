import { escapeHtml } from '../notify/message-text.js';
import { LINK_CODE_TTL_MS } from './link-code.js';
import type { LinkOutcome } from './telegram-linking.js';

/** The commands as Telegram's command menu lists them (`setMyCommands`). */
export const BOT_COMMANDS: readonly { readonly command: string; readonly description: string }[] = [
  { command: 'signal', description: 'Latest signal of a symbol, e.g. /signal AAPL' },
  { command: 'latest', description: 'Newest signals of your watchlist symbols' },
  { command: 'watchlist', description: 'Your watchlists' },
  { command: 'portfolio', description: 'Your paper portfolios' },
  { command: 'link', description: 'Link this chat: /link CODE' },
  { command: 'unlink', description: 'Unlink this chat and stop alerts here' },
  { command: 'help', description: 'What I can do' },
];

/** Where a user gets a link code. */
const WHERE_TO_GET_A_CODE = 'In GoldenSignals open Settings → Integrations → Telegram, press “Link Telegram” and send the /link command it shows here.';

/** The answer to `/help`. */
export const HELP_TEXT = [
  '<b>GoldenSignals bot</b>',
  '/signal SYMBOL – the latest signal of a symbol, e.g. /signal AAPL',
  '/latest – the newest signals of your watchlist symbols',
  '/watchlist – your watchlists',
  '/portfolio – your paper portfolios',
  '/link CODE – link this chat to your GoldenSignals account',
  '/unlink – unlink this chat; alerts stop coming here',
  '/help – this list',
  '',
  `To link: ${WHERE_TO_GET_A_CODE}`,
].join('\n');

/** The greeting of `/start` without a code. */
export function startText(linkedTo: string | null): string {
  const status = linkedTo === null ? `This chat is not linked yet. ${WHERE_TO_GET_A_CODE}` : `This chat is linked to <b>${escapeHtml(linkedTo)}</b>.`;
  return `Hello! I send your GoldenSignals alerts and answer questions about signals, watchlists and paper portfolios.\n\n${status}\n\n${HELP_TEXT}`;
}

/** What a chat that is not linked is told when it asks for account data. */
export const LINK_FIRST_TEXT = `Link your account first: this chat is not linked to a GoldenSignals account. ${WHERE_TO_GET_A_CODE}`;

/** `/link` without a code. */
export const LINK_USAGE_TEXT = `Send /link followed by your code, e.g. <code>/link 7KQ2M-9XDPA</code>. ${WHERE_TO_GET_A_CODE}`;

/** Groups and channels: linking them would show one user's portfolio to every member. */
export const PRIVATE_ONLY_TEXT = 'I only answer in a private chat: open a chat with me and send /help there.';

/** The answer to a linking attempt. */
export function linkOutcomeText(outcome: LinkOutcome): string {
  switch (outcome.status) {
    case 'linked':
      return `✅ Linked to <b>${escapeHtml(outcome.account.label)}</b>. Alerts you send to Telegram now arrive in this chat. Try /latest or /help.`;
    case 'unknown-code':
      return `That code is not valid: it may be mistyped, already used, or replaced by a newer one. ${WHERE_TO_GET_A_CODE}`;
    case 'expired-code':
      return `That code has expired (codes last ${LINK_CODE_TTL_MS / 60_000} minutes). Get a new one: ${WHERE_TO_GET_A_CODE}`;
    case 'chat-taken':
      return 'This chat is linked to another GoldenSignals account. Send /unlink first, then /link with your code again.';
    case 'account-disabled':
      return 'That GoldenSignals account is disabled; ask its administrator.';
  }
}
