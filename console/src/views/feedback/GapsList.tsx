import { useGaps } from '../../api/queries';
import { time } from '../../components/format';
import { Loading, Problem } from '../../components/Problem';

/** Questions handed off for missing knowledge, grouped by the server by similarity: what to write next. */
export function GapsList({ projectId }: { projectId: string }) {
  const gaps = useGaps(projectId);
  return (
    <section aria-label="Knowledge gaps">
      <h2>Knowledge gaps</h2>
      {gaps.isPending && <Loading what="gaps" />}
      <Problem error={gaps.error} />
      {gaps.data?.items.length === 0 && <p className="muted">No question was handed off for missing knowledge.</p>}
      <ol>
        {gaps.data?.items.map((gap) => (
          <li key={gap.question} data-testid="gap">
            <strong>{gap.question}</strong> <span className="badge muted">{gap.count}×</span>
            <div className="small muted">last asked {time(gap.lastAskedAt)}</div>
            {gap.examples.length > 1 && <ul className="small">{gap.examples.map((e) => <li key={e}>{e}</li>)}</ul>}
          </li>
        ))}
      </ol>
    </section>
  );
}
