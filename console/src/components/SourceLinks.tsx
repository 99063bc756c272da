import type { Source } from '../api/types';

/** Cited sources as links; the rest of what was retrieved collapses into "+N more". */
export function SourceLinks({ sources, shown = 3 }: { sources: Source[]; shown?: number }) {
  const cited = sources.filter((s) => s.cited);
  const list = cited.length > 0 ? cited : sources;
  const visible = list.slice(0, shown);
  const more = sources.length - visible.length;
  if (sources.length === 0) return <span className="muted">no sources</span>;
  return (
    <span className="sources" data-testid="sources">
      {visible.map((s) => (
        <a key={s.rank} href={s.url ?? undefined} target="_blank" rel="noreferrer" title={`score ${s.score.toFixed(3)}`}
          className={s.cited ? 'cited' : undefined}>[{s.rank}] {s.title}</a>
      ))}
      {more > 0 && <span className="muted" data-testid="more-sources">+{more} more</span>}
    </span>
  );
}
