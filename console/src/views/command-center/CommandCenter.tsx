import { useDashboard } from '../../api/queries';
import { Loading, Problem } from '../../components/Problem';
import { GlobalMetrics } from './GlobalMetrics';
import { ProjectCardView } from './ProjectCardView';

export function CommandCenter() {
  const dashboard = useDashboard();
  if (dashboard.isPending) return <Loading what="the command center" />;
  if (dashboard.isError) return <Problem error={dashboard.error} />;
  const { totals, projects } = dashboard.data;
  return (
    <section aria-label="Command center">
      <h1>Command center</h1>
      <GlobalMetrics totals={totals} />
      <h2>Projects</h2>
      {projects.length === 0 && <p className="muted">No projects yet: connect a Chatwoot account with POST /api/tenants/connect.</p>}
      <div className="cards">
        {projects.map((project) => <ProjectCardView key={project.id} project={project} />)}
      </div>
    </section>
  );
}
