import { useEffect, useState } from 'react';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { keys } from '../api/keys';

export type LiveMode = 'connecting' | 'live' | 'polling';

/** How often queries refresh while the event stream is down, and while it is up: a stream carries only the webhooks its own
 * server process received, so with several processes the slow poll brings in the others'. */
export const pollingInterval = 5000;
const livePollingInterval = 30000;
const reconnectAfter = 15000;

interface ConsoleEvent { projectId: string; conversationId?: number }

/**
 * Server-Sent Events from /api/events (the key goes in the URL: EventSource cannot send headers). Each event invalidates
 * the queries it changes; while the stream is closed every query polls, and the stream is tried again now and then.
 */
export function useLiveUpdates(apiKey: string): LiveMode {
  const client = useQueryClient();
  const [mode, setMode] = useState<LiveMode>('connecting');

  useEffect(() => {
    let source: EventSource | null = null;
    let retry: number | undefined;
    const connect = () => {
      source = new EventSource(`/api/events?access_token=${encodeURIComponent(apiKey)}`);
      source.onopen = () => setMode('live');
      source.onerror = () => {
        // CONNECTING means the browser reconnects by itself; CLOSED (an error status, no stream) is ours to retry.
        if (source?.readyState === EventSource.CLOSED) {
          setMode('polling');
          retry = window.setTimeout(connect, reconnectAfter);
        } else {
          setMode('polling');
        }
      };
      for (const type of ['message', 'status', 'hitl'] as const) {
        source.addEventListener(type, (event) => invalidateFor(client, type, JSON.parse((event as MessageEvent).data)));
      }
    };
    connect();
    return () => {
      window.clearTimeout(retry);
      source?.close();
    };
  }, [apiKey, client]);

  useEffect(() => {
    client.setDefaultOptions({ queries: { ...client.getDefaultOptions().queries, refetchInterval: mode === 'live' ? livePollingInterval : pollingInterval } });
  }, [mode, client]);

  return mode;
}

function invalidateFor(client: QueryClient, type: 'message' | 'status' | 'hitl', event: ConsoleEvent) {
  const { projectId, conversationId } = event;
  void client.invalidateQueries({ queryKey: keys.dashboard });
  void client.invalidateQueries({ queryKey: keys.hitlAll });
  if (type === 'hitl') return;
  void client.invalidateQueries({ queryKey: keys.conversationsOf(projectId) });
  if (conversationId !== undefined) {
    void client.invalidateQueries({ queryKey: keys.thread(projectId, conversationId) });
    void client.invalidateQueries({ queryKey: keys.insights(projectId, conversationId) });
  }
}
