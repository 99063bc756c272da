import { useReplayJob } from '../../api/mutations';
import { useDeadJobs } from '../../api/queries';
import { time } from '../../components/format';
import { Loading, Problem } from '../../components/Problem';

/** Every job payload names its project (answer, ingest, embed, sync jobs), which is how a project's dead jobs are picked. */
const belongsTo = (payload: string, projectId: string) => payload.toLowerCase().includes(projectId.toLowerCase());

export function DeadJobs({ projectId }: { projectId: string }) {
  const dead = useDeadJobs();
  const replay = useReplayJob();
  if (dead.isPending) return <Loading what="dead jobs" />;
  if (dead.isError) return <Problem error={dead.error} />;
  const jobs = dead.data.filter((job) => belongsTo(job.payload, projectId));
  return (
    <section aria-label="Dead jobs">
      <h2>Failed jobs of this project</h2>
      {jobs.length === 0 && <p className="muted" data-testid="no-dead-jobs">No dead-lettered jobs.</p>}
      <table>
        <tbody>
          {jobs.map((job) => (
            <tr key={job.id} data-testid="dead-job">
              <td>#{job.id} <code>{job.kind}</code><div className="small muted">{job.attempts} attempts · dead {time(job.deadAt)}</div></td>
              <td className="bad-text small">{job.lastError}</td>
              <td><button type="button" onClick={() => replay.mutate(job.id)} disabled={replay.isPending}>Replay</button></td>
            </tr>
          ))}
        </tbody>
      </table>
      <Problem error={replay.error} />
    </section>
  );
}
