import { ApiError } from '../../api/client';
import { useJobStats } from '../../api/queries';
import { duration } from '../../components/format';
import { Metric } from '../../components/Metric';
import { Loading, Problem } from '../../components/Problem';
import { useProjectId } from '../../hooks/useProjectId';
import { DeadJobs } from './DeadJobs';

/** The job routes are the operators' (admin key): a tenant key is told so rather than shown an error. */
export function JobsTab() {
  const projectId = useProjectId();
  const stats = useJobStats();
  if (stats.isPending) return <Loading what="jobs" />;
  if (stats.error instanceof ApiError && stats.error.status === 403) {
    return <p className="muted" data-testid="jobs-admin-only">Jobs and dead letters are shown to the platform admin key; sign in with it to
      see and replay them. This project's Help Center runs and document failures are in the Knowledge tab.</p>;
  }
  if (stats.isError) return <Problem error={stats.error} />;
  return (
    <div className="stack">
      <section aria-label="Queue">
        <h2>Queue (all projects)</h2>
        <div className="metrics">
          <Metric label="Ready" value={stats.data.ready} />
          <Metric label="Running" value={stats.data.running} />
          <Metric label="Dead" value={stats.data.dead} />
          <Metric label="Oldest ready" value={duration(stats.data.oldestReadyAgeSeconds)} />
        </div>
      </section>
      <DeadJobs projectId={projectId} />
    </div>
  );
}
