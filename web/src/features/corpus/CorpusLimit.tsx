import Field from '../../app/Field';
import { LIMIT_CHOICES } from '../../app/view-state';
import type { Corpus } from './load-corpus';

type Props = {
  corpus: Corpus;
  /** A narrower set of declarations for the years asked is loading. */
  refining: boolean;
  limit: number;
  onLimit: (limit: number) => void;
};

const format = (n: number) => n.toLocaleString('en');

/** How many declarations the views draw, and whether the corpus (or the years asked) holds more. */
export default function CorpusLimit({ corpus, refining, limit, onLimit }: Props) {
  const loaded = corpus.declarations.length;
  const choices = [...new Set<number>([...LIMIT_CHOICES, limit])].sort((a, b) => a - b);
  const within = corpus.window.from !== null || corpus.window.to !== null ? ' in these years' : '';
  return (
    <>
      <Field label="Declarations drawn (newest first)">
        {(id) => (
          <select id={id} value={limit} onChange={(event) => onLimit(Number(event.target.value))}>
            {choices.map((n) => (
              <option key={n} value={n}>
                at most {format(n)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {(loaded < corpus.totalCount || refining) && (
        <p className="filters__hint" role="status">
          {refining
            ? 'Loading the declarations…'
            : `The newest ${format(loaded)} of ${format(corpus.totalCount)} declarations${within}. Narrow the years or draw more to see the others.`}
        </p>
      )}
    </>
  );
}
