/**
 * The alert message a user pastes into TradingView's "Message" box. TradingView replaces the placeholders when the
 * alert fires: `{{close}}` stays unquoted so the price arrives as a number; `{{timenow}}` is the firing time in ISO
 * form. The webhook URL carries the secret, so the message does not. `strategy` names the vote in the signal's
 * reasoning (the hook's name by default).
 */
export function tradingViewMessageTemplate(strategy = 'TradingView alert'): string {
  return `{"ticker": "{{ticker}}", "action": "{{strategy.order.action}}", "price": {{close}}, "interval": "{{interval}}", "time": "{{timenow}}", "strategy": ${JSON.stringify(strategy)}}`;
}
