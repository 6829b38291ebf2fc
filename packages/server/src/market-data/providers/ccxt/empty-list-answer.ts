/**
 * True when a parsed JSON answer holds a list and every list in it is empty: `[]`, or an envelope
 * such as `{ "error": [], "result": { "XBTUSD": [] } }`. ccxt parses any answer into candles and
 * quietly makes none of one it does not understand (`{"foo":1}`); an answer without candles must
 * look like an empty list to be believed.
 */
export function isEmptyListAnswer(answer: unknown): boolean {
  let lists = 0;
  const visit = (value: unknown): boolean => {
    if (Array.isArray(value)) {
      lists++;
      return value.length === 0;
    }
    if (typeof value === 'object' && value !== null) return Object.values(value).every(visit);
    return true;
  };
  return visit(answer) && lists > 0;
}
