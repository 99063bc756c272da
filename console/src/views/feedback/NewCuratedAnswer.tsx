import { useState, type FormEvent } from 'react';
import { useCreateCurated } from '../../api/mutations';
import { Problem } from '../../components/Problem';

export function NewCuratedAnswer({ projectId, onDone }: { projectId: string; onDone: () => void }) {
  const create = useCreateCurated(projectId);
  const [question, setQuestion] = useState('');
  const [answer, setAnswer] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ question, answer }, { onSuccess: onDone });
  };
  return (
    <form className="panel" onSubmit={submit} aria-label="New curated answer">
      <input aria-label="Question" placeholder="Question" value={question} onChange={(e) => setQuestion(e.target.value)} required />
      <textarea aria-label="Answer" placeholder="Answer" rows={3} value={answer} onChange={(e) => setAnswer(e.target.value)} required />
      <button type="submit" disabled={create.isPending}>Add (pending approval)</button>
      <Problem error={create.error} />
    </form>
  );
}
