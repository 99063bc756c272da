import { Link } from 'react-router';
import type { ProjectCard } from '../../api/types';
import { percent } from '../../components/format';

/** One project at a glance; the whole card opens the project's chat. */
export function ProjectCardView({ project }: { project: ProjectCard }) {
  return (
    <Link to={`/projects/${project.id}/chat`} className={`card status-${project.status}`} data-testid="project-card">
      <div className="card-head">
        <strong>{project.name}</strong>
        <span className={`badge ${project.status}`}>{project.status}</span>
      </div>
      {project.statusReason && <div className="reason">{project.statusReason}</div>}
      <dl>
        <dt>Active chats</dt><dd>{project.activeChats}</dd>
        {project.botAnswers !== undefined && <><dt>Bot answers</dt><dd>{project.botAnswers} · {project.handoffs} handoffs</dd></>}
        <dt>HITL waiting</dt><dd>{project.hitlWaiting}</dd>
        <dt>Avg confidence</dt><dd>{percent(project.averageConfidence)}</dd>
        <dt>Jobs 24 h</dt><dd>{project.jobsCompleted24h} done · {project.jobsFailed24h} failed</dd>
      </dl>
    </Link>
  );
}
