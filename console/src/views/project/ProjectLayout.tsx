import { NavLink, Outlet, useParams } from 'react-router';
import { useDashboard } from '../../api/queries';

/** A project's header and tabs; the tabs are nested routes, so each one has its own address. */
export function ProjectLayout() {
  const { projectId = '' } = useParams();
  const dashboard = useDashboard();
  const name = dashboard.data?.projects.find((p) => p.id === projectId)?.name ?? 'Project';
  const base = `/projects/${projectId}`;
  return (
    <section aria-label={name}>
      <h1>{name}</h1>
      <nav className="tabs">
        <NavLink to={`${base}/chat`}>Chat</NavLink>
        <NavLink to={`${base}/hitl`}>HITL</NavLink>
        <NavLink to={`${base}/feedback`}>Feedback &amp; gaps</NavLink>
        <NavLink to={`${base}/knowledge`}>Knowledge</NavLink>
        <NavLink to={`${base}/jobs`}>Jobs</NavLink>
      </nav>
      <Outlet />
    </section>
  );
}
