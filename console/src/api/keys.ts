// Query keys in one place, so live updates invalidate exactly what an event changes.
export const keys = {
  dashboard: ['dashboard'] as const,
  hitl: (projectId?: string) => ['hitl', projectId ?? 'all'] as const,
  hitlAll: ['hitl'] as const,
  conversations: (projectId: string, status?: string) => ['conversations', projectId, status ?? 'all'] as const,
  conversationsOf: (projectId: string) => ['conversations', projectId] as const,
  thread: (projectId: string, cid: number) => ['thread', projectId, cid] as const,
  insights: (projectId: string, cid: number) => ['insights', projectId, cid] as const,
  trace: (projectId: string, answerId: string) => ['trace', projectId, answerId] as const,
  curated: (projectId: string) => ['curated', projectId] as const,
  gaps: (projectId: string) => ['gaps', projectId] as const,
  documents: (projectId: string) => ['documents', projectId] as const,
  sync: (projectId: string) => ['sync', projectId] as const,
  jobStats: ['jobs', 'stats'] as const,
  deadJobs: ['jobs', 'dead'] as const,
};
