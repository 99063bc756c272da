import { useProjectId } from '../../hooks/useProjectId';
import { DocumentsTable } from './DocumentsTable';
import { SyncRuns } from './SyncRuns';
import { UploadForm } from './UploadForm';

export function KnowledgeTab() {
  const projectId = useProjectId();
  return (
    <div className="stack">
      <DocumentsTable projectId={projectId} />
      <UploadForm projectId={projectId} />
      <SyncRuns projectId={projectId} />
    </div>
  );
}
