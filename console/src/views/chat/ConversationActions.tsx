import { useSetStatus } from '../../api/mutations';
import type { ConversationStatus } from '../../api/types';
import { Problem } from '../../components/Problem';

/** Chatwoot's statuses carry who has the conversation: open = a human, pending = the bot, resolved = done. */
export function ConversationActions({ projectId, cid, status }: { projectId: string; cid: number; status: ConversationStatus }) {
  const setStatus = useSetStatus(projectId, cid);
  const action = (label: string, target: ConversationStatus) => (
    <button type="button" disabled={status === target || setStatus.isPending} onClick={() => setStatus.mutate(target)}>{label}</button>
  );
  return (
    <div className="actions">
      {action('Take over', 'open')}
      {action('Hand back to bot', 'pending')}
      {action('Resolve', 'resolved')}
      <Problem error={setStatus.error} />
    </div>
  );
}
