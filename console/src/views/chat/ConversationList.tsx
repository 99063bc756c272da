import { useState } from 'react';
import { Link } from 'react-router';
import { useConversations } from '../../api/queries';
import { duration } from '../../components/format';
import { Loading, Problem } from '../../components/Problem';

const filters = ['all', 'open', 'pending', 'resolved'] as const;

export function ConversationList({ projectId, selected }: { projectId: string; selected: number | null }) {
  const [status, setStatus] = useState<(typeof filters)[number]>('all');
  const list = useConversations(projectId, status === 'all' ? undefined : status);
  return (
    <nav className="conversations" aria-label="Conversations">
      <div className="filters">
        {filters.map((f) => (
          <button key={f} type="button" className={f === status ? 'active' : ''} onClick={() => setStatus(f)}>{f}</button>
        ))}
      </div>
      {list.isPending && <Loading what="conversations" />}
      <Problem error={list.error} />
      {list.data?.items.map((c) => (
        <Link key={c.conversationId} to={`/projects/${projectId}/chat/${c.conversationId}`} data-testid="conversation-row"
          className={`conversation ${c.conversationId === selected ? 'selected' : ''}`}>
          <div className="row-between">
            <strong>{c.contactName ?? `#${c.conversationId}`}</strong>
            {c.unread > 0 && <span className="badge warn" title="Unread">{c.unread}</span>}
          </div>
          <div className="small ellipsis">{c.lastMessage ?? ''}</div>
          <div className="small muted row-between">
            <span className={`status-${c.status}`}>{c.status}</span>
            {c.waitingSeconds !== null && <span title="Waiting for a human">waiting {duration(c.waitingSeconds)}</span>}
          </div>
        </Link>
      ))}
      {list.data && list.data.items.length === 0 && <p className="muted">No conversations.</p>}
    </nav>
  );
}
