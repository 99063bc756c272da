import { useState } from 'react';
import { useUpdateCurated } from '../../api/mutations';
import type { CuratedAnswer } from '../../api/types';
import { time } from '../../components/format';
import { Problem } from '../../components/Problem';

export function CuratedAnswerRow({ projectId, curated }: { projectId: string; curated: CuratedAnswer }) {
  const update = useUpdateCurated(projectId);
  const [editing, setEditing] = useState(false);
  const [question, setQuestion] = useState(curated.question);
  const [answer, setAnswer] = useState(curated.answer);
  const save = () => update.mutate({ id: curated.id, question, answer }, { onSuccess: () => setEditing(false) });

  return (
    <article className="panel curated" data-testid="curated-answer" data-status={curated.status}>
      {editing
        ? <>
            <input aria-label="Question" value={question} onChange={(e) => setQuestion(e.target.value)} />
            <textarea aria-label="Answer" rows={3} value={answer} onChange={(e) => setAnswer(e.target.value)} />
          </>
        : <>
            <strong>{curated.question}</strong>
            <p>{curated.answer}</p>
          </>}
      <div className="small muted">updated {time(curated.updatedAt)}</div>
      <div className="actions">
        {editing
          ? <button type="button" onClick={save} disabled={update.isPending}>Save</button>
          : <button type="button" onClick={() => setEditing(true)}>Edit</button>}
        {curated.status !== 'approved' && <button type="button" onClick={() => update.mutate({ id: curated.id, status: 'approved' })}>Approve</button>}
        {curated.status !== 'retired' && <button type="button" onClick={() => update.mutate({ id: curated.id, status: 'retired' })}>Retire</button>}
      </div>
      <Problem error={update.error} />
    </article>
  );
}
