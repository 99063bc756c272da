import type { ReactNode } from 'react';
import { NavLink } from 'react-router';
import type { LiveMode } from './live/useLiveUpdates';

export function Shell({ live, onSignOut, children }: { live: LiveMode; onSignOut: () => void; children: ReactNode }) {
  return (
    <div className="shell">
      <header className="topbar">
        <strong className="brand">Hyyve console</strong>
        <nav>
          <NavLink to="/" end>Command center</NavLink>
          <NavLink to="/hitl">HITL queue</NavLink>
        </nav>
        <span className={`live ${live}`} data-testid="live-mode" title="Live updates">{live === 'live' ? '● live' : live === 'polling' ? '○ polling' : '… connecting'}</span>
        <button type="button" className="link" onClick={onSignOut}>Sign out</button>
      </header>
      <main className="content">{children}</main>
    </div>
  );
}
