import { useQuery } from '@tanstack/react-query';
import { get } from './client';
import { keys } from './keys';
import type {
  ConversationRow, CuratedAnswer, Dashboard, DeadJob, DocumentListing, Gap, HitlItem, Insights, JobStats, Page, SyncListing,
  Thread, Trace,
} from './types';

const projectPath = (projectId: string) => `/api/projects/${encodeURIComponent(projectId)}`;

export const useDashboard = () => useQuery({ queryKey: keys.dashboard, queryFn: () => get<Dashboard>('/api/dashboard') });

export const useHitl = (projectId?: string) => useQuery({
  queryKey: keys.hitl(projectId),
  queryFn: () => get<{ items: HitlItem[] }>(`/api/hitl${projectId ? `?projectId=${encodeURIComponent(projectId)}` : ''}`),
});

export const useConversations = (projectId: string, status?: string) => useQuery({
  queryKey: keys.conversations(projectId, status),
  queryFn: () => get<Page<ConversationRow>>(`${projectPath(projectId)}/conversations?pageSize=50${status ? `&status=${status}` : ''}`),
});

export const useThread = (projectId: string, cid: number) => useQuery({
  queryKey: keys.thread(projectId, cid),
  queryFn: () => get<Thread>(`${projectPath(projectId)}/conversations/${cid}/messages`),
});

export const useInsights = (projectId: string, cid: number) => useQuery({
  queryKey: keys.insights(projectId, cid),
  queryFn: () => get<Insights>(`${projectPath(projectId)}/conversations/${cid}/insights`),
});

export const useTrace = (projectId: string, answerId: string | null) => useQuery({
  queryKey: keys.trace(projectId, answerId ?? ''),
  queryFn: () => get<Trace>(`${projectPath(projectId)}/answers/${answerId}`),
  enabled: answerId !== null,
});

export const useCurated = (projectId: string) => useQuery({
  queryKey: keys.curated(projectId),
  queryFn: () => get<{ items: CuratedAnswer[] }>(`${projectPath(projectId)}/curated-answers`),
});

export const useGaps = (projectId: string) => useQuery({
  queryKey: keys.gaps(projectId),
  queryFn: () => get<{ items: Gap[] }>(`${projectPath(projectId)}/gaps`),
});

export const useDocuments = (projectId: string) => useQuery({
  queryKey: keys.documents(projectId),
  queryFn: () => get<DocumentListing>(`${projectPath(projectId)}/documents`),
});

export const useSyncRuns = (projectId: string) => useQuery({
  queryKey: keys.sync(projectId),
  queryFn: () => get<SyncListing>(`${projectPath(projectId)}/sync?limit=20`),
});

/** Admin-only routes: a tenant key gets 403, which the Jobs tab explains instead of showing an error. */
export const useJobStats = () => useQuery({ queryKey: keys.jobStats, queryFn: () => get<JobStats>('/api/admin/jobs/stats'), retry: false });

export const useDeadJobs = () => useQuery({ queryKey: keys.deadJobs, queryFn: () => get<DeadJob[]>('/api/admin/jobs/dead?limit=200'), retry: false });

export { projectPath };
