import { forgetKey, readKey } from '../auth/session';

/** An RFC 7807 answer from Hyyve, or a transport failure, shown to the agent as it is. */
export class ApiError extends Error {
  constructor(readonly status: number, message: string, readonly detail?: string) {
    super(message);
  }
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export async function api<T>(path: string, method: Method = 'GET', body?: unknown, key = readKey()): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (key) headers.Authorization = `Bearer ${key}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  if (response.status === 401 && key === readKey()) {
    // A key that stopped working (revoked, server restarted with another admin key) sends the agent back to sign-in.
    forgetKey();
    window.dispatchEvent(new Event('hyyve:signed-out'));
  }
  if (!response.ok) throw await problemOf(response);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

async function problemOf(response: Response): Promise<ApiError> {
  try {
    const problem = (await response.json()) as { title?: string; detail?: string };
    return new ApiError(response.status, problem.title ?? response.statusText, problem.detail);
  } catch {
    return new ApiError(response.status, `${response.status} ${response.statusText}`);
  }
}

export const get = <T>(path: string) => api<T>(path);
export const post = <T>(path: string, body?: unknown) => api<T>(path, 'POST', body ?? {});
export const patch = <T>(path: string, body: unknown) => api<T>(path, 'PATCH', body);
