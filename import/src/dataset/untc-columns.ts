import { CONSENT_SUFFIXES } from '../read/status-date';

/** What a UNTC status-table column records. */
export type UntcColumnRole = 'signature' | 'consent' | 'provisional' | 'other';

/** A column of a UNTC status table: its heading, role, and what each action letter means. */
export type UntcColumn = {
  index: number;
  heading: string;
  role: UntcColumnRole;
  /** Action letter → consent type, from terms such as `Accession(a)`. */
  letters: Record<string, string>;
  /** The type of a date without a letter, from the heading's unlettered term. */
  plain?: string;
};

// Consent types by the words of a heading's term; the first match wins.
const CONSENT_WORDS: [RegExp, string][] = [
  [/definitive signature/i, 'definitive_signature'],
  [/ratification/i, 'ratification'],
  [/accession/i, 'accession'],
  [/acceptance/i, 'acceptance'],
  [/approval/i, 'approval'],
  [/succession/i, 'succession'],
  [/formal confirmation/i, 'formal_confirmation'],
  // Confirming a signature ad referendum makes it a definitive signature.
  [/confirmation of signature/i, 'definitive_signature'],
  [/participation|consent to be bound/i, 'participation'],
  [/simplified procedure/i, 'simplified_procedure'],
];

// `Application` alone is an annex's consent: a state applies it to a specialized agency.
const CONSENT =
  /ratification|accession|acceptance|approval|succession|definitive|confirmation|participation|consent to be bound|simplified procedure|^application$/i;
const OTHER =
  /^(notification|declaration|extension|resolution|date of|registration|unts|confirmation of signature|undertaking)/i;

/** `Ratification, Accession(a), Succession(d)` → its terms, each with its letter. */
function terms(heading: string): { words: string; letter?: string }[] {
  return heading
    .split(/,\s*(?![^()]*\))/)
    .map((term) => {
      const match = /^(.*?)\s*\(\s*([A-Za-z]{1,2})\s*\)\s*$/.exec(term.trim());
      return match ? { words: match[1] ?? '', letter: match[2] } : { words: term.trim() };
    })
    .filter((t) => t.words !== '');
}

function typeOf(words: string): string | undefined {
  return CONSENT_WORDS.find(([re]) => re.test(words))?.[1];
}

/**
 * What a consent heading's action letters mean (a letter after words that name no way of
 * consenting, "…, as amended(A)", keeps its usual meaning), and the type of a date it prints without one.
 * @example consentLetters('Formal confirmation(c), Accession(a), Ratification')
 * // { letters: { c: 'formal_confirmation', a: 'accession' }, plain: 'ratification' }
 */
export function consentLetters(heading: string): Pick<UntcColumn, 'letters' | 'plain'> {
  const all = terms(heading);
  const letters = Object.fromEntries(
    all.flatMap((t) => {
      const type = t.letter ? (typeOf(t.words) ?? CONSENT_SUFFIXES[t.letter]) : undefined;
      return t.letter && type ? [[t.letter, type]] : [];
    }),
  );
  const plainTerm = all.find((t) => !t.letter);
  const plain = plainTerm ? typeOf(plainTerm.words) : undefined;
  return { letters, ...(plain && { plain }) };
}

/**
 * The roles of a status table's columns, from their headings: `Signature…` is the signature,
 * `Provisional application…` the provisional application, the first heading that names a way of
 * consenting the consent (later ones too when they only name other ways of consenting), and
 * notifications, declarations under an article, extensions or UNTS registration data are other
 * dated actions.
 */
export function untcColumns(headings: string[]): UntcColumn[] {
  let signature = false;
  let provisional = false;
  return headings.slice(1).map((heading, i) => {
    const index = i + 1;
    const { letters, plain } = consentLetters(heading);
    let role: UntcColumnRole = 'other';
    if (OTHER.test(heading)) role = 'other';
    else if (/provisional/i.test(heading) && !/non-provisional/i.test(heading) && !provisional) {
      role = 'provisional';
      provisional = true;
    } else if (/^signature/i.test(heading) && !signature) {
      role = 'signature';
      signature = true;
    } else if (CONSENT.test(heading)) role = 'consent';
    return { index, heading, role, letters, ...(plain && { plain }) };
  });
}
