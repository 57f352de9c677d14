import { cookieHeader, DEMO_PASSWORD } from './api';

/** Set-up for the training journey: a signed-in API session and a candidate registered through the API. */

export async function apiSession(baseUrl: string, email: string) {
  const jar = new Map<string, string>();
  const csrfRes = await fetch(`${baseUrl}/api/v1/auth/csrf`);
  let cookie = cookieHeader(csrfRes, jar);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const send = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken, cookie },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    cookie = cookieHeader(res, jar);
    if (!res.ok) throw new Error(`${method} ${path}: HTTP ${res.status} ${await res.text()}`);
    return res.status === 204 ? undefined : ((await res.json()) as Record<string, unknown>);
  };
  await send('POST', '/api/v1/auth/sign-in', { email, password: DEMO_PASSWORD });
  return send;
}

/** A fictional doctor trained in Syria, living in Sandwell, with IELTS 7.0/7.0/6.5/7.0 taken five months ago. */
export async function registerSandwellDoctor(baseUrl: string, email: string, fullName: string): Promise<string> {
  const send = await apiSession(baseUrl, email);
  const taken = new Date(Date.now() - 150 * 86_400_000).toISOString().slice(0, 10);
  const created = await send('POST', '/api/v1/matching/candidates', {
    fullName,
    dateOfBirth: '1986-05-14',
    borough: 'Sandwell',
    rightToWork: 'full',
    qualifications: [{ occupation: 'medical-doctor', country: 'SY', yearsOfPractice: 6 }],
    englishTests: [
      {
        test: 'ielts',
        variant: 'academic',
        date: taken,
        scores: { listening: 7, reading: 7, writing: 6.5, speaking: 7 },
      },
    ],
  });
  return String(created!.id);
}
