import { useThread } from '../../api/queries';
import { Loading, Problem } from '../../components/Problem';
import { ConversationActions } from './ConversationActions';
import { MessageBubble } from './MessageBubble';
import { ReplyBox } from './ReplyBox';

export function ThreadView({ projectId, cid, onTrace }: { projectId: string; cid: number; onTrace: (answerId: string) => void }) {
  const thread = useThread(projectId, cid);
  if (thread.isPending) return <div className="thread"><Loading what="the conversation" /></div>;
  if (thread.isError) return <div className="thread"><Problem error={thread.error} /></div>;
  return (
    <section className="thread" aria-label={`Conversation ${cid}`}>
      <div className="row-between thread-head">
        <h2>#{cid} <span className={`badge status-${thread.data.status}`} data-testid="thread-status">{thread.data.status}</span></h2>
        <ConversationActions projectId={projectId} cid={cid} status={thread.data.status} />
      </div>
      <ol className="messages" data-testid="messages">
        {thread.data.items.map((message, index) => (
          <MessageBubble key={message.id ?? `local-${index}`} projectId={projectId} message={message} onTrace={onTrace} />
        ))}
      </ol>
      <ReplyBox projectId={projectId} cid={cid} />
    </section>
  );
}
