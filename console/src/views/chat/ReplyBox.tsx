import { useState, type FormEvent } from 'react';
import { useReply } from '../../api/mutations';
import { Problem } from '../../components/Problem';

/** An agent reply goes to the customer; a private note only to the other agents (both posted to Chatwoot). */
export function ReplyBox({ projectId, cid, initial = '' }: { projectId: string; cid: number; initial?: string }) {
  const [content, setContent] = useState(initial);
  const [isPrivate, setPrivate] = useState(false);
  const reply = useReply(projectId, cid);

  function submit(event: FormEvent) {
    event.preventDefault();
    reply.mutate({ content: content.trim(), private: isPrivate }, { onSuccess: () => setContent('') });
  }

  return (
    <form className={`reply ${isPrivate ? 'private' : ''}`} onSubmit={submit} aria-label="Reply">
      <div className="row">
        <label><input type="radio" name={`kind-${cid}`} checked={!isPrivate} onChange={() => setPrivate(false)} /> Reply</label>
        <label><input type="radio" name={`kind-${cid}`} checked={isPrivate} onChange={() => setPrivate(true)} /> Private note</label>
      </div>
      <textarea aria-label="Message" rows={3} value={content} onChange={(e) => setContent(e.target.value)}
        placeholder={isPrivate ? 'A note only agents see' : 'Write to the customer'} />
      <button type="submit" disabled={reply.isPending || content.trim() === ''}>{isPrivate ? 'Add note' : 'Send'}</button>
      <Problem error={reply.error} />
    </form>
  );
}
