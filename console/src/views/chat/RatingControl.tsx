import { useState } from 'react';
import { useFeedback } from '../../api/mutations';
import { Problem } from '../../components/Problem';

/** 👍 or 👎 on a bot answer; with 👎 the agent may write the right answer, which becomes a curated answer pending approval. */
export function RatingControl({ projectId, answerId }: { projectId: string; answerId: string }) {
  const feedback = useFeedback(projectId, answerId);
  const [correcting, setCorrecting] = useState(false);
  const [corrected, setCorrected] = useState('');

  if (feedback.isSuccess) {
    return <span className="small muted" data-testid="rated">rated {feedback.variables.rating === 'up' ? '👍' : '👎'}
      {feedback.variables.correctedAnswer && ' · curated answer pending approval'}</span>;
  }
  return (
    <span className="rating">
      <button type="button" aria-label="Good answer" onClick={() => feedback.mutate({ rating: 'up' })}>👍</button>
      <button type="button" aria-label="Bad answer" onClick={() => setCorrecting(true)}>👎</button>
      {correcting && (
        <span className="correction">
          <textarea aria-label="Corrected answer" rows={2} placeholder="The right answer (optional)" value={corrected}
            onChange={(e) => setCorrected(e.target.value)} />
          <button type="button" onClick={() => feedback.mutate({ rating: 'down', correctedAnswer: corrected.trim() || undefined })}>
            Send rating</button>
        </span>
      )}
      <Problem error={feedback.error} />
    </span>
  );
}
