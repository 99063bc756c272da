import { useDocuments } from '../../api/queries';
import { time } from '../../components/format';
import { Loading, Problem } from '../../components/Problem';

export function DocumentsTable({ projectId }: { projectId: string }) {
  const documents = useDocuments(projectId);
  if (documents.isPending) return <Loading what="documents" />;
  if (documents.isError) return <Problem error={documents.error} />;
  const listing = documents.data;
  return (
    <section aria-label="Documents">
      <h2>Documents</h2>
      <p className="muted" data-testid="documents-summary">
        {listing.total} documents: {listing.indexed} indexed, {listing.queued} queued, {listing.failed} failed · {listing.chunks} chunks,
        {' '}{listing.embeddedChunks} embedded (embedding {listing.embedding})
      </p>
      <table>
        <thead><tr><th>Title</th><th>Status</th><th>Chunks</th><th>Embedded</th><th>Updated</th></tr></thead>
        <tbody>
          {listing.documents.map((d) => (
            <tr key={d.externalId} data-testid="document-row">
              <td>{d.url ? <a href={d.url} target="_blank" rel="noreferrer">{d.title}</a> : d.title}
                <div className="muted small">{d.externalId}</div></td>
              <td><span className={`badge ${d.status === 'failed' ? 'bad' : d.status === 'queued' ? 'warn' : 'good'}`}>{d.status}</span>
                {d.error && <div className="small bad-text">{d.error}</div>}</td>
              <td>{d.chunks}</td>
              <td>{d.embeddedChunks}</td>
              <td>{time(d.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
