import type { DeclarationDetailsQuery } from '../../api/generated/graphql';
import { formatDate } from '../../ui/format-date';

type Source = NonNullable<DeclarationDetailsQuery['declaration']>['sources'][number];

/** The sources that report a declaration: title (linked), publisher, date and licence. */
export default function SourceList({ sources }: { sources: readonly Source[] }) {
  return (
    <>
      <h3>Sources ({sources.length})</h3>
      {sources.length === 0 ? (
        <p className="details__none">None recorded.</p>
      ) : (
        <ul className="details__list details__sources">
          {sources.map((source) => (
            <li key={source.id}>
              {source.url ? (
                <a href={source.url} target="_blank" rel="noopener noreferrer">
                  {source.title ?? source.url}
                </a>
              ) : (
                <span>{source.title ?? 'Untitled source'}</span>
              )}
              <span className="details__meta" title={source.citation ?? undefined}>
                {[
                  source.publisher,
                  source.publishedOn && formatDate(source.publishedOn),
                  source.licence,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
