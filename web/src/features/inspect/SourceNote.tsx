import type { FactEvidenceFragment } from '../../api/generated/graphql';
import { formatDate } from '../../ui/format-date';

/** One fact's source in a line: publisher and date, linked, with the quote as its tooltip. */
export default function SourceNote({ evidence }: { evidence?: FactEvidenceFragment | null }) {
  const source = evidence?.source;
  if (!source) return null;
  // A status table's facts are "as at" its date; a statement's are as published.
  const date = source.publishedOn
    ? formatDate(source.publishedOn)
    : evidence.asOf && `as at ${formatDate(evidence.asOf)}`;
  const text = [
    [source.publisher ?? source.title ?? 'Source', date].filter(Boolean).join(', '),
    source.licence,
  ]
    .filter(Boolean)
    .join(' · ');
  // The citation a licence such as CC BY 4.0 asks for goes wherever the fact is shown.
  const title =
    [evidence.quote && `“${evidence.quote}”`, source.citation].filter(Boolean).join('\n') ||
    (source.title ?? undefined);
  return (
    <span className="details__meta">
      Source:{' '}
      {source.url ? (
        <a href={source.url} target="_blank" rel="noopener noreferrer" title={title}>
          {text}
        </a>
      ) : (
        <span title={title}>{text}</span>
      )}
    </span>
  );
}
