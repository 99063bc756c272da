import { percent } from './format';

/** The bot's calibrated confidence, coloured by how far it is from handing off. */
export function Confidence({ value }: { value: number | null }) {
  const tone = value === null ? 'muted' : value >= 0.7 ? 'good' : value >= 0.5 ? 'warn' : 'bad';
  return <span className={`badge ${tone}`} data-testid="confidence" title="Confidence">confidence {percent(value)}</span>;
}
