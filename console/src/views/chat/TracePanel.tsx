import { useTrace } from '../../api/queries';
import { Confidence } from '../../components/Confidence';
import { Loading, Problem } from '../../components/Problem';

const ms = (value: number) => `${Math.round(value)} ms`;

/** How one answer came about: what retrieval searched, every chunk with its score, which were cited, time and tokens. */
export function TracePanel({ projectId, answerId, onClose }: { projectId: string; answerId: string; onClose: () => void }) {
  const trace = useTrace(projectId, answerId);
  return (
    <section aria-label="Answer trace" data-testid="trace" className="panel">
      <div className="row-between"><h2>Trace</h2><button type="button" className="link" onClick={onClose}>Close</button></div>
      {trace.isPending && <Loading what="the trace" />}
      <Problem error={trace.error} />
      {trace.data && (
        <>
          <dl className="small">
            <dt>Question</dt><dd>{trace.data.question}</dd>
            <dt>Query</dt><dd data-testid="trace-query">{trace.data.query}</dd>
            <dt>Decision</dt><dd>{trace.data.decision}{trace.data.reason && ` (${trace.data.reason})`} <Confidence value={trace.data.confidence} /></dd>
            <dt>Model</dt><dd>{trace.data.model ?? 'extractive'}</dd>
            <dt>Timings</dt><dd>retrieval {ms(trace.data.timings.retrievalMs)} · generation {ms(trace.data.timings.generationMs)} · total {ms(trace.data.timings.totalMs)}</dd>
            <dt>Tokens</dt><dd>{trace.data.tokens ? `${trace.data.tokens.prompt} prompt · ${trace.data.tokens.completion} completion` : '—'}</dd>
          </dl>
          <table className="small">
            <thead><tr><th>#</th><th>Retrieved chunk</th><th>Score</th><th>Cited</th></tr></thead>
            <tbody>
              {trace.data.retrieved.map((r) => (
                <tr key={`${r.rank}-${r.chunkId}`} className={r.cited ? 'cited' : ''} data-testid="trace-source">
                  <td>{r.rank}</td><td>{r.url ? <a href={r.url} target="_blank" rel="noreferrer">{r.title}</a> : r.title}
                    {r.kind === 'curated' && <span className="badge good">curated</span>}</td>
                  <td>{r.score.toFixed(3)}</td><td>{r.cited ? '✓' : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
