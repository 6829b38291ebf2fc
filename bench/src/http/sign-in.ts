/** The bench's account on the fresh server it starts: the first account, so an admin. */
const BENCH_ACCOUNT = { email: 'bench@goldensignals.local', password: 'load-test password 7f3a9c' };

/** Creates the first account of a fresh server and returns the headers that authenticate as it. */
export async function signInAsFirstAccount(url: string): Promise<Record<string, string>> {
  const response = await fetch(`${url}/api/v1/auth/register`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(BENCH_ACCOUNT) });
  const text = await response.text();
  if (response.status !== 201) throw new Error(`registering the bench account: HTTP ${response.status} ${text.slice(0, 300)}`);
  const { accessToken } = JSON.parse(text) as { accessToken: string };
  return { authorization: `Bearer ${accessToken}` };
}
