import type { Message } from '../../api/types';
import { Confidence } from '../../components/Confidence';
import { reasonLabel, time } from '../../components/format';
import { SourceLinks } from '../../components/SourceLinks';
import { RatingControl } from './RatingControl';

const roleLabel = { customer: 'Customer', bot: 'Bot', agent: 'Agent', note: 'Private note' } as const;

/** A message; a bot message also shows its confidence, cited sources, and for a handoff the decision and its reason. */
export function MessageBubble({ projectId, message, onTrace }: { projectId: string; message: Message; onTrace: (answerId: string) => void }) {
  const rag = message.rag;
  return (
    <li className={`message ${message.role}`} data-testid={`message-${message.role}`}>
      <div className="small muted">{roleLabel[message.role]} · {time(message.createdAt)}</div>
      <div className="content">{message.content}</div>
      {rag && (
        <div className="rag" data-testid="rag">
          <Confidence value={rag.confidence} />
          {rag.decision === 'handoff' && (
            <span className="badge bad" data-testid="handoff">handoff: {reasonLabel[rag.reason ?? ''] ?? rag.reason}</span>
          )}
          <SourceLinks sources={rag.citations} />
          <button type="button" className="link" onClick={() => onTrace(rag.answerId)}>Trace</button>
          <RatingControl projectId={projectId} answerId={rag.answerId} />
        </div>
      )}
    </li>
  );
}
