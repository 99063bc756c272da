import { useState } from 'react';
import { Link } from 'react-router';
import { useReply, useSetStatus } from '../../api/mutations';
import type { HitlItem } from '../../api/types';
import { duration, reasonLabel } from '../../components/format';
import { Problem } from '../../components/Problem';
import { SourceLinks } from '../../components/SourceLinks';

/** One waiting conversation: why it was handed off, what the customer asked, and the bot's draft to send, edit or drop. */
export function HitlCard({ item, showProject }: { item: HitlItem; showProject: boolean }) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(item.draft ?? '');
  const reply = useReply(item.projectId, item.conversationId);
  const status = useSetStatus(item.projectId, item.conversationId);
  const send = (content: string) => reply.mutate({ content, private: false });

  return (
    <article className="panel hitl" data-testid="hitl-item">
      <div className="row-between">
        <Link to={`/projects/${item.projectId}/chat/${item.conversationId}`}>
          {showProject && `${item.projectName} · `}#{item.conversationId} {item.contactName ?? ''}
        </Link>
        <span className="badge warn" data-testid="hitl-waiting">waiting {duration(item.waitingSeconds)}</span>
      </div>
      <div><span className="badge bad" data-testid="hitl-reason">{reasonLabel[item.reason] ?? item.reason}</span></div>
      <blockquote data-testid="hitl-question">{item.question ?? '(no question recorded)'}</blockquote>
      {item.draft !== null && !editing && <div className="draft" data-testid="hitl-draft"><strong>Draft:</strong> {item.draft}</div>}
      {editing && <textarea aria-label="Edit the draft" rows={4} value={text} onChange={(e) => setText(e.target.value)} />}
      <SourceLinks sources={item.sources} />
      {reply.isSuccess
        ? <div className="good-text" data-testid="hitl-sent">Sent to the customer.</div>
        : (
          <div className="actions">
            {item.draft !== null && !editing && <button type="button" onClick={() => send(item.draft!)} disabled={reply.isPending}>Send as is</button>}
            {!editing && <button type="button" onClick={() => setEditing(true)}>{item.draft === null ? 'Write a reply' : 'Edit and send'}</button>}
            {editing && <button type="button" onClick={() => send(text.trim())} disabled={reply.isPending || text.trim() === ''}>Send</button>}
            <button type="button" onClick={() => status.mutate('pending')} disabled={status.isPending}>Hand back to bot</button>
          </div>
        )}
      <Problem error={reply.error ?? status.error} />
    </article>
  );
}
