import { useStartSync } from '../../api/mutations';
import { useSyncRuns } from '../../api/queries';
import { time } from '../../components/format';
import { Loading, Problem } from '../../components/Problem';

export function SyncRuns({ projectId }: { projectId: string }) {
  const sync = useSyncRuns(projectId);
  const start = useStartSync(projectId);
  if (sync.isPending) return <Loading what="Help Center sync" />;
  if (sync.isError) return <Problem error={sync.error} />;
  const { portalSlug, schedule, runs } = sync.data;
  return (
    <section aria-label="Help Center sync">
      <h2>Help Center sync</h2>
      {portalSlug
        ? <p className="muted">Portal <code>{portalSlug}</code>, schedule <code>{schedule.schedule}</code>{schedule.isDefault && ' (default)'},
            next run {time(schedule.nextRunAt)}. <button type="button" onClick={() => start.mutate()} disabled={start.isPending}>Sync now</button></p>
        : <p className="muted">This project follows no Help Center portal.</p>}
      <Problem error={start.error} />
      <table>
        <thead><tr><th>Queued</th><th>Status</th><th>Created</th><th>Updated</th><th>Deleted</th><th>Unchanged</th><th>Failed</th><th>Duration</th></tr></thead>
        <tbody>
          {runs.map((run) => (
            <tr key={run.id} data-testid="sync-run">
              <td>{time(run.queuedAt)}<div className="small muted">{run.trigger}{run.fullSweep && ', full sweep'}</div></td>
              <td><span className={`badge ${run.status === 'failed' ? 'bad' : run.status === 'succeeded' ? 'good' : 'warn'}`}>{run.status}</span>
                {run.error && <div className="small bad-text">{run.error}</div>}
                {run.failures.map((f) => <div key={f.articleId} className="small bad-text">#{f.articleId} {f.title}: {f.error}</div>)}</td>
              <td>{run.counts.created}</td><td>{run.counts.updated}</td><td>{run.counts.deleted}</td>
              <td>{run.counts.unchanged}</td><td>{run.counts.failed}</td>
              <td>{run.durationMs === null ? '—' : `${run.durationMs} ms`}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {runs.length === 0 && <p className="muted">No runs yet.</p>}
    </section>
  );
}
