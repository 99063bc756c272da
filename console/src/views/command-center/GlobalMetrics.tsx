import type { Dashboard } from '../../api/types';
import { percent } from '../../components/format';
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
    </div>
  );
}
