import { ApiError } from '../api/client';

/** A failed call, worded as Hyyve's problem details word it. */
export function Problem({ error }: { error: unknown }) {
  if (!error) return null;
  const title = error instanceof Error ? error.message : String(error);
  const detail = error instanceof ApiError ? error.detail : undefined;
  return <div className="problem" role="alert"><strong>{title}</strong>{detail && <div>{detail}</div>}</div>;
}

export function Loading({ what }: { what: string }) {
  return <div className="muted">Loading {what}…</div>;
}
