import { useProjectId } from '../../hooks/useProjectId';
import { CuratedAnswers } from './CuratedAnswers';
import { GapsList } from './GapsList';

export function FeedbackView() {
  const projectId = useProjectId();
  return (
    <div className="two-columns">
      <CuratedAnswers projectId={projectId} />
      <GapsList projectId={projectId} />
    </div>
  );
}
