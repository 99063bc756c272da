import { useState } from 'react';
import { useCurated } from '../../api/queries';
import type { CuratedStatus } from '../../api/types';
import { Loading, Problem } from '../../components/Problem';
import { CuratedAnswerRow } from './CuratedAnswerRow';
import { NewCuratedAnswer } from './NewCuratedAnswer';

const order: CuratedStatus[] = ['pending', 'approved', 'retired'];

/** Curated answers by status: pending ones wait for approval; approved ones are served first when a question is close enough. */
export function CuratedAnswers({ projectId }: { projectId: string }) {
  const curated = useCurated(projectId);
  const [adding, setAdding] = useState(false);
  return (
    <section aria-label="Curated answers">
      <div className="row-between"><h2>Curated answers</h2>
        <button type="button" onClick={() => setAdding(!adding)}>{adding ? 'Cancel' : 'New'}</button></div>
      {adding && <NewCuratedAnswer projectId={projectId} onDone={() => setAdding(false)} />}
      {curated.isPending && <Loading what="curated answers" />}
      <Problem error={curated.error} />
      {order.map((status) => {
        const items = curated.data?.items.filter((c) => c.status === status) ?? [];
        return items.length === 0 ? null : (
          <div key={status}>
            <h3>{status}</h3>
            {items.map((c) => <CuratedAnswerRow key={c.id} projectId={projectId} curated={c} />)}
          </div>
        );
      })}
      {curated.data?.items.length === 0 && <p className="muted">None yet: rate a bot answer 👎 with the right answer to propose one.</p>}
    </section>
  );
}
