import { useState } from 'react';
import { useParams } from 'react-router';
import { useProjectId } from '../../hooks/useProjectId';
import { ConversationList } from './ConversationList';
import { InsightsPanel } from './InsightsPanel';
import { ThreadView } from './ThreadView';
import { TracePanel } from './TracePanel';

/** Conversation list, the open thread, and beside it the RAG insights and the trace of the answer picked. */
export function ProjectChat() {
  const projectId = useProjectId();
  const { conversationId } = useParams();
  const cid = conversationId ? Number(conversationId) : null;
  const [traced, setTraced] = useState<string | null>(null);
  return (
    <div className="chat">
      <ConversationList projectId={projectId} selected={cid} />
      {cid === null
        ? <div className="thread muted">Pick a conversation.</div>
        : <ThreadView key={cid} projectId={projectId} cid={cid} onTrace={setTraced} />}
      {cid !== null && (
        <aside className="insights">
          <InsightsPanel projectId={projectId} cid={cid} />
          {traced && <TracePanel projectId={projectId} answerId={traced} onClose={() => setTraced(null)} />}
        </aside>
      )}
    </div>
  );
}
