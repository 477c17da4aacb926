import type { FactEvidenceFragment } from '../../api/generated/graphql';
import { formatDate } from '../../ui/format-date';

type Props = { evidence: FactEvidenceFragment | null | undefined };

/** Where one fact comes from: the quoted sentence, then the source's title, publisher and date. */
export default function Evidence({ evidence }: Props) {
  if (!evidence || (!evidence.quote && !evidence.source)) {
    return <p className="details__none">No source recorded for this fact.</p>;
  }
  const { quote, source, asOf } = evidence;
  return (
    <figure className="evidence">
      {quote && <blockquote>“{quote}”</blockquote>}
      <figcaption>
        {source?.url ? (
          <a href={source.url} target="_blank" rel="noopener noreferrer">
            {source.title ?? source.url}
          </a>
        ) : (
          <span>{source?.title ?? 'Untitled source'}</span>
        )}
        <span className="details__meta">
          {[
            source?.publisher,
            source?.publishedOn && formatDate(source.publishedOn),
            asOf && `as of ${formatDate(asOf)}`,
          ]
            .filter(Boolean)
            .join(' · ')}
        </span>
      </figcaption>
    </figure>
  );
}
