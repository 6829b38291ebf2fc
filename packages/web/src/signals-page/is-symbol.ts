// The API's symbol rule: letters, digits and . - = ^ /, 1 to 20 characters (AAPL, BTC-USD, EURUSD=X, ^GSPC, BTC/USDT).
const SYMBOL = /^[A-Za-z0-9.\-=^/]{1,20}$/;

/** Whether `text` is a symbol the API accepts. */
export function isSymbol(text: string): boolean {
  return SYMBOL.test(text);
}
