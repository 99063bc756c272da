// The console API as agreed in the README's console section; knowledge, sync and job types mirror the existing routes.

export type Health = 'healthy' | 'degraded' | 'unhealthy';
export type ProjectStatus = 'healthy' | 'warning' | 'error';
export type ConversationStatus = 'open' | 'pending' | 'resolved';
export type HandoffReason = 'customer_request' | 'low_confidence' | 'missing_knowledge' | 'bot_failure' | 'already_with_human';

export interface Dashboard {
  totals: {
    conversations: number; botAnswers: number; handoffs: number; hitlWaiting: number; averageConfidence: number | null;
    jobsCompleted24h: number; jobsFailed24h: number; health: Health;
    botTurns?: number; coverage?: number | null; botAnsweredRate?: number | null; handoffRate?: number | null;
    handoffsByReason?: Record<string, number>; hitlWaitP50Seconds?: number | null; hitlWaitP90Seconds?: number | null;
  };
  projects: ProjectCard[];
}

export interface ProjectCard {
  id: string; tenantId: string; name: string; status: ProjectStatus; statusReason: string | null;
  jobsCompleted24h: number; jobsFailed24h: number; activeChats: number; hitlWaiting: number; averageConfidence: number | null;
  conversations?: number; botAnswers?: number; handoffs?: number;
}

/** A retrieved source; \`kind\` "curated" is an approved curated answer served before retrieval. */
export interface Source {
  rank: number; title: string; url: string | null; score: number; cited: boolean; chunkId?: string | number | null; kind?: 'document' | 'curated';
}

export interface HitlItem {
  projectId: string; projectName: string; conversationId: number; contactName: string | null; reason: HandoffReason;
  question: string | null; draft: string | null; answerId: string | null; sources: Source[]; handedOffAt: string; waitingSeconds: number;
}

export interface ConversationRow {
  conversationId: number; contactName: string | null; lastMessage: string | null; lastMessageAt: string | null;
  status: ConversationStatus; waitingSeconds: number | null; unread: number;
}

export interface Page<T> { items: T[]; page: number; pageSize: number; total: number }

export type Role = 'customer' | 'bot' | 'agent' | 'note';

export interface RagMetadata {
  answerId: string; decision: 'answer' | 'handoff' | 'smalltalk'; reason: string | null; confidence: number; citations: Source[];
}

export interface Message { id: number | null; role: Role; content: string; createdAt: string; rag: RagMetadata | null }

export interface Thread { conversationId: number; status: ConversationStatus; items: Message[] }

export interface Insights {
  averageConfidence: number | null; sourceCoverage: number | null; lowConfidenceTurns: number; botTurns: number;
  topSources: { title: string; url: string | null; hits: number }[];
  sentiment: { label: 'positive' | 'neutral' | 'negative'; score: number; trend: { at: string; label: string; score: number }[] } | null;
}

export interface Trace {
  answerId: string; question: string; query: string; decision: string; reason: string | null; confidence: number; model: string | null;
  timings: { retrievalMs: number; generationMs: number; totalMs: number };
  tokens: { prompt: number; completion: number } | null;
  retrieved: Source[]; conversationId: number | null;
  reply: string | null; draft: string | null;
  feedback: { rating: 'up' | 'down'; correctedAnswer: string | null; at: string } | null;
}

export type CuratedStatus = 'pending' | 'approved' | 'retired';

export interface CuratedAnswer {
  id: string; question: string; answer: string; status: CuratedStatus; sourceAnswerId: string | null; createdAt: string; updatedAt: string;
}

export interface Gap { question: string; count: number; examples: string[]; lastAskedAt: string }

export interface DocumentSummary {
  externalId: string; title: string; url: string | null; contentType: string; status: 'queued' | 'indexed' | 'failed';
  chunks: number; error: string | null; batchId: string | null; updatedAt: string; embeddedChunks: number;
}

export interface DocumentListing {
  total: number; indexed: number; queued: number; failed: number; chunks: number; embeddedChunks: number; embedding: string;
  documents: DocumentSummary[];
}

export interface IngestionReceipt { status: string; documents: number; chunks: number | null; batchId: string | null; watch: string | null }

export interface SyncRun {
  id: string; trigger: string; status: string; attempts: number; fullSweep: boolean;
  counts: { pagesRead: number; articlesSeen: number; created: number; updated: number; deleted: number; unchanged: number; failed: number };
  failures: { articleId: number; title: string | null; error: string }[];
  error: string | null; queuedAt: string; startedAt: string | null; finishedAt: string | null; durationMs: number | null;
}

export interface SyncListing {
  portalSlug: string | null; locale: string | null;
  schedule: { schedule: string; isDefault: boolean; nextRunAt: string | null };
  runs: SyncRun[];
}

export interface JobStats { ready: number; running: number; dead: number; oldestReadyAgeSeconds: number }

export interface DeadJob { id: number; kind: string; payload: string; attempts: number; lastError: string; createdAt: string; deadAt: string }
