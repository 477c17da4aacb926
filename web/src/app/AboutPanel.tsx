import { DATA_ATTRIBUTIONS } from '@treatygraph/formats';

/**
 * The About button of the top bar: what the explorer is, and each dataset it shows with its
 * licence and citation (ODbL and CC BY ask for the notice wherever the data is shown).
 */
export default function AboutPanel() {
  return (
    <details className="about">
      <summary>About</summary>
      <div className="about__panel">
        <p>
          treatygraph (MIT licence) shows who signed what, with whom, and what they are party to.
          Its data comes from these datasets, under their own licences:
        </p>
        <ul aria-label="Data attributions">
          {DATA_ATTRIBUTIONS.map((a) => (
            <li key={a.dataset}>
              <a href={a.url} target="_blank" rel="noreferrer">
                {a.dataset}
              </a>
              : {a.gives}. Licence:{' '}
              {a.licenceUrl ? (
                <a href={a.licenceUrl} target="_blank" rel="noreferrer">
                  {a.licence}
                </a>
              ) : (
                a.licence
              )}
              . <cite>{a.citation}</cite>
            </li>
          ))}
        </ul>
      </div>
    </details>
  );
}
