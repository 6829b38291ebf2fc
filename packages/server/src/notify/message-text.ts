import type { SignalAction } from '@goldensignals/engine';

/** `text` cut to at most `max` characters, with an ellipsis when cut (channels refuse messages over their limits). */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1))}…`;
}

/** A coloured mark for an action, for channels without colours (Slack headers, Telegram): green BUY, red SELL. */
export function actionMark(action: SignalAction | undefined): string {
  if (action === 'BUY') return '🟢 ';
  if (action === 'SELL') return '🔴 ';
  if (action === 'HOLD') return '⚪ ';
  return '';
}

/** `&`, `<`, `>` and `"` as HTML entities: the escaping Telegram's HTML mode and e-mail bodies need. */
export function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}
