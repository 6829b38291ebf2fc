/**
 * Why `text` is not an amount the API takes (a positive decimal, at most `places` decimal places), or `null`.
 * The server checks the same; checking here saves the round trip and puts the message at the field.
 */
export function checkAmount(text: string, places: number): string | null {
  const value = text.trim();
  if (value === '') return 'required';
  if (!/^[0-9]{1,16}(\.[0-9]+)?$/.test(value)) return 'a positive number, like 10 or 2.5';
  const decimals = value.split('.')[1]?.length ?? 0;
  if (decimals > places) return `at most ${places} decimal places`;
  if (!/[1-9]/.test(value)) return 'must be greater than 0';
  return null;
}
