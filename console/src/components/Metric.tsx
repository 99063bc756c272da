export function Metric({ label, value, testId }: { label: string; value: string | number; testId?: string }) {
  return (
    <div className="metric" data-testid={testId}>
      <div className="metric-value">{value}</div>
      <div className="metric-label">{label}</div>
    </div>
  );
}
