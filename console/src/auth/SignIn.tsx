import { useState, type FormEvent } from 'react';
import { api } from '../api/client';
import { Problem } from '../components/Problem';
import { saveKey } from './session';

/** A tenant key sees its own projects; the admin key sees every tenant. The key is checked before it is kept. */
export function SignIn({ onSignedIn }: { onSignedIn: (key: string) => void }) {
  const [key, setKey] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await api('/api/dashboard', 'GET', undefined, key.trim());
      saveKey(key.trim());
      onSignedIn(key.trim());
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="sign-in">
      <form onSubmit={submit} aria-label="Sign in">
        <h1>Hyyve console</h1>
        <p className="muted">Sign in with a tenant API key, or the platform admin key to see every tenant. The key is kept for
          this browser tab only.</p>
        <label>API key
          <input name="apiKey" type="password" autoComplete="off" value={key} onChange={(e) => setKey(e.target.value)} required />
        </label>
        <button type="submit" disabled={busy || key.trim() === ''}>{busy ? 'Checking…' : 'Sign in'}</button>
        <Problem error={error} />
      </form>
    </main>
  );
}
