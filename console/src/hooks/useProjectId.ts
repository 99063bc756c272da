import { useParams } from 'react-router';

export function useProjectId(): string {
  const { projectId } = useParams();
  if (!projectId) throw new Error('This view needs a project in its address.');
  return projectId;
}
