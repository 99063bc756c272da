import { useMutation, useQueryClient } from '@tanstack/react-query';
import { patch, post } from './client';
import { keys } from './keys';
import { projectPath } from './queries';
import type { ConversationStatus, CuratedStatus, IngestionReceipt } from './types';

export function useReply(projectId: string, cid: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { content: string; private: boolean }) =>
      post<{ messageId: number | null }>(`${projectPath(projectId)}/conversations/${cid}/reply`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.thread(projectId, cid) }),
  });
}

export function useSetStatus(projectId: string, cid: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (status: ConversationStatus) => post<{ status: string }>(`${projectPath(projectId)}/conversations/${cid}/status`, { status }),
    onSuccess: () => Promise.all([
      client.invalidateQueries({ queryKey: keys.thread(projectId, cid) }),
      client.invalidateQueries({ queryKey: keys.conversationsOf(projectId) }),
      client.invalidateQueries({ queryKey: keys.hitlAll }),
      client.invalidateQueries({ queryKey: keys.dashboard }),
    ]),
  });
}

export function useFeedback(projectId: string, answerId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { rating: 'up' | 'down'; correctedAnswer?: string }) =>
      post<unknown>(`${projectPath(projectId)}/answers/${answerId}/feedback`, body),
    onSuccess: () => Promise.all([
      client.invalidateQueries({ queryKey: keys.trace(projectId, answerId) }),
      client.invalidateQueries({ queryKey: keys.curated(projectId) }),
    ]),
  });
}

export function useUpdateCurated(projectId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: { id: string; question?: string; answer?: string; status?: CuratedStatus }) =>
      patch<unknown>(`${projectPath(projectId)}/curated-answers/${id}`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.curated(projectId) }),
  });
}

export function useCreateCurated(projectId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { question: string; answer: string }) => post<unknown>(`${projectPath(projectId)}/curated-answers`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.curated(projectId) }),
  });
}

export function useUpload(projectId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (documents: { externalId: string; title: string; content: string; contentType: string }[]) =>
      post<IngestionReceipt>(`${projectPath(projectId)}/documents`, { documents }),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.documents(projectId) }),
  });
}

export function useStartSync(projectId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => post<unknown>(`${projectPath(projectId)}/sync`),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.sync(projectId) }),
  });
}

export function useReplayJob() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (jobId: number) => post<unknown>(`/api/admin/jobs/${jobId}/replay`),
    onSuccess: () => Promise.all([
      client.invalidateQueries({ queryKey: keys.deadJobs }),
      client.invalidateQueries({ queryKey: keys.jobStats }),
    ]),
  });
}
