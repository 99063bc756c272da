import { useInsights } from '../../api/queries';
import { percent } from '../../components/format';
import { Metric } from '../../components/Metric';
import { Loading, Problem } from '../../components/Problem';

/** Figures computed by the server over the recorded answers (the README defines each); the page only shows them. */
export function InsightsPanel({ projectId, cid }: { projectId: string; cid: number }) {
  const insights = useInsights(projectId, cid);
  if (insights.isPending) return <Loading what="insights" />;
  if (insights.isError) return <Problem error={insights.error} />;
  const i = insights.data;
  return (
    <section aria-label="RAG insights" data-testid="insights">
      <h2>RAG insights</h2>
      <div className="metrics small-metrics">
        <Metric label="Avg confidence" value={percent(i.averageConfidence)} testId="insight-confidence" />
        <Metric label="Source coverage" value={percent(i.sourceCoverage)} />
        <Metric label="Low-confidence turns" value={`${i.lowConfidenceTurns} of ${i.botTurns}`} />
      </div>
      <h3>Top sources</h3>
      <ol className="small">
        {i.topSources.map((s) => (
          <li key={`${s.title}-${s.url}`}>{s.url ? <a href={s.url} target="_blank" rel="noreferrer">{s.title}</a> : s.title} · {s.hits} hits</li>
        ))}
      </ol>
      {i.topSources.length === 0 && <p className="muted small">No source cited yet.</p>}
      <h3>Customer sentiment</h3>
      {i.sentiment
        ? <div data-testid="sentiment">
            <span className={`badge ${i.sentiment.label === 'negative' ? 'bad' : i.sentiment.label === 'positive' ? 'good' : 'muted'}`}>
              {i.sentiment.label} ({i.sentiment.score.toFixed(2)})</span>
            <span className="trend" aria-label="Sentiment trend">
              {i.sentiment.trend.map((point) => (
                <span key={point.at} className={`dot ${point.label}`} title={`${point.label} ${point.score.toFixed(2)} at ${point.at}`} />
              ))}
            </span>
          </div>
        : <p className="muted small">No customer message measured yet.</p>}
    </section>
  );
}
