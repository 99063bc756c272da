import type { Dashboard } from '../../api/types';
import { duration, percent, reasonLabel } from '../../components/format';
import { Metric } from '../../components/Metric';

export function GlobalMetrics({ totals }: { totals: Dashboard['totals'] }) {
  return (
    <div className="metrics" data-testid="global-metrics">
      <Metric label="Conversations" value={totals.conversations} testId="metric-conversations" />
      <Metric label="Bot answers" value={totals.botAnswers} testId="metric-bot-answers" />
      <Metric label="Handoffs" value={totals.handoffs} testId="metric-handoffs" />
      <Metric label="HITL waiting" value={totals.hitlWaiting} testId="metric-hitl" />
      <Metric label="Average confidence" value={percent(totals.averageConfidence)} />
      <Metric label="Jobs completed 24 h" value={totals.jobsCompleted24h} />
      <Metric label="Jobs failed 24 h" value={totals.jobsFailed24h} />
      <Metric label="Health" value={totals.health} testId="metric-health" />
      <Metric label="Coverage" value={percent(totals.coverage)} />
      <Metric label="Bot answered" value={percent(totals.botAnsweredRate)} />
      <Metric label="Handoff rate" value={percent(totals.handoffRate)} />
      <Metric label="HITL wait p50 / p90" value={`${duration(totals.hitlWaitP50Seconds)} / ${duration(totals.hitlWaitP90Seconds)}`} />
      {totals.handoffsByReason && Object.keys(totals.handoffsByReason).length > 0 && (
        <div className="metric" data-testid="handoffs-by-reason">
          {Object.entries(totals.handoffsByReason).map(([reason, count]) => (
            <div key={reason} className="small">{reasonLabel[reason] ?? reason}: <strong>{count}</strong></div>
          ))}
          <div className="metric-label">Handoffs by reason</div>
        </div>
      )}
    </div>
  );
}
