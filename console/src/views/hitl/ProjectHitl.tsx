import { useProjectId } from '../../hooks/useProjectId';
import { HitlQueue } from './HitlQueue';

export function ProjectHitl() {
  return <HitlQueue projectId={useProjectId()} />;
}
