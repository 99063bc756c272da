import { useHitl } from '../../api/queries';
import { Loading, Problem } from '../../components/Problem';
import { HitlCard } from './HitlCard';

/** Handed-off conversations waiting for a human, oldest first (the server's order), across projects or for one. */
export function HitlQueue({ projectId }: { projectId?: string }) {
  const queue = useHitl(projectId);
  return (
    <section aria-label="HITL queue">
      {!projectId && <h1>Human-in-the-loop queue</h1>}
      {queue.isPending && <Loading what="the queue" />}
      <Problem error={queue.error} />
      {queue.data?.items.length === 0 && <p className="muted" data-testid="hitl-empty">Nobody is waiting for a human.</p>}
      <div className="stack">
        {queue.data?.items.map((item) => (
          <HitlCard key={`${item.projectId}-${item.conversationId}`} item={item} showProject={!projectId} />
        ))}
      </div>
    </section>
  );
}
