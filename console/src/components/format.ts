export const percent = (value: number | null | undefined) => (value === null || value === undefined ? '—' : `${Math.round(value * 100)}%`);

export function duration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined) return '—';
  if (seconds < 60) return `${Math.round(seconds)} s`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min`;
  if (seconds < 86400) return `${Math.floor(seconds / 3600)} h ${Math.floor((seconds % 3600) / 60)} min`;
  return `${Math.floor(seconds / 86400)} d`;
}

export const time = (iso: string | null | undefined) => (iso ? new Date(iso).toLocaleString() : '—');

export const reasonLabel: Record<string, string> = {
  customer_request: 'Customer asked for a person',
  low_confidence: 'Low confidence',
  missing_knowledge: 'Missing knowledge',
  bot_failure: 'Bot failure',
  already_with_human: 'Already with a human',
};
