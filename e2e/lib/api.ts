/** Direct API calls for test set-up, so each journey starts from known server state. */
export const DEMO_PASSWORD = 'useit-demo-2026';

/** Adds a response's Set-Cookie pairs to the jar; answers the Cookie header for the next request. */
export function cookieHeader(res: Response, jar: Map<string, string>): string {
  for (const line of res.headers.getSetCookie()) {
    const [pair] = line.split(';');
    const eq = pair?.indexOf('=') ?? -1;
    if (pair && eq > 0) jar.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
  }
  return [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
}

async function expectOk(res: Response, what: string): Promise<void> {
  if (!res.ok) throw new Error(`${what}: HTTP ${res.status} ${await res.text()}`);
}

/**
 * Clears a demo account's saved language. The app applies a saved language at sign-in, so a journey that
 * switched to Arabic would otherwise leave the next journey's account in Arabic.
 */
export async function resetSavedLanguage(baseUrl: string, email: string): Promise<void> {
  const jar = new Map<string, string>();
  const csrfRes = await fetch(`${baseUrl}/api/v1/auth/csrf`);
  await expectOk(csrfRes, 'csrf');
  let cookie = cookieHeader(csrfRes, jar);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const headers = () => ({ 'content-type': 'application/json', 'x-csrf-token': csrfToken, cookie });

  const signIn = await fetch(`${baseUrl}/api/v1/auth/sign-in`, {
    method: 'POST',
    headers: headers(),
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  await expectOk(signIn, `sign-in as ${email}`);
  cookie = cookieHeader(signIn, jar);

  const patch = await fetch(`${baseUrl}/api/v1/auth/me`, {
    method: 'PATCH',
    headers: headers(),
    body: JSON.stringify({ locale: null }),
  });
  await expectOk(patch, 'clear saved language');
  const signOut = await fetch(`${baseUrl}/api/v1/auth/sign-out`, {
    method: 'POST',
    headers: { 'x-csrf-token': csrfToken, cookie },
  });
  await expectOk(signOut, 'sign-out');
}
