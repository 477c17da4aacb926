/**
 * Italian cue patterns, merged into cues.ts: "a nome di", "firmato dai", "I ministri degli Esteri
 * di …", "hanno firmato". Prepositions contract with the article: "di" gives "del/della/dei/degli/
 * delle/dell'", "da" gives "dal/dalla/dai/dagli/dalle/dall'".
 */
const DI = "(?:di|del|dello|della|dei|degli|delle|dell['’])";
const DA = "(?:da|dal|dallo|dalla|dai|dagli|dalle|dall['’])";
// "i ministri dell'Interno di Italia, Malta e Cipro": other portfolios than foreign affairs.
const PORTFOLIO =
  "dell['’]Interno|degli\\s+Interni|della\\s+Difesa|dell['’]Economia|delle\\s+Finanze";

export const ITALIAN_FORWARD = [
  // At the head of a clause, or after a wire's dateline dash, the office-holders are its subject.
  `(?:^|noi,?\\s+|(?<=[,–-]\\s{0,3}))(?:i\\s+)?(?:ministri\\s+degli\\s+(?:Affari\\s+)?Esteri|capi\\s+di\\s+Stato(?:\\s+e\\s+di\\s+governo)?|leader|presidenti)\\s+${DI}`,
  `a\\s+nome\\s+${DI}`,
  // "Alla fine hanno firmato pure Francia e Bulgaria": the verb first, its subject after.
  // "Ha firmato invece la Turchia": in contrast to those that did not.
  '(?:hanno|ha)\\s+(?:firmato|sottoscritto|aderito)\\s+(?:anche|pure|inoltre|ora|invece)',
  '(?:insieme|congiuntamente)\\s+(?:a|con)',
  '(?:dichiarazione|comunicato)\\s+congiunt[oa]\\s+(?:tra|fra)',
  // "vi figurano quasi tutti gli Stati dell'Ue, vale a dire Francia, Germania …": in the text's
  // signatures stand the states named next.
  // "In seguito si sono aggiunte anche Grecia, Cipro e Malta": joined later.
  '(?:in\\s+seguito\\s+|successivamente\\s+|poi\\s+)?si\\s+(?:sono|è)\\s+(?:aggiunt|unit)[eiao](?:\\s+anche)?',
  '(?:vi|ci)\\s+(?:figurano|compaiono|hanno\\s+aderito|aderiscono|hanno\\s+(?:infatti\\s+|anche\\s+)?(?:preso\\s+parte|partecipato)|partecipano)(?:\\s+anche)?(?:\\s+[^.;:]{0,60}?,?\\s+(?:vale\\s+a\\s+dire|ossia|cioè|ovvero))?',
];

export const ITALIAN_VERB = [
  // "sottoscritta anche da Germania e Croazia": an adverb may stand between.
  `(?:adottat|firmat|sottoscritt|approvat|emess|sostenut|pubblicat|diffus)[oaie](?:\\s+(?:anche|pure|inoltre|altresì|congiuntamente))?\\s+${DA}`,
  // "È la posizione espressa dai ministri degli Affari europei di Francia (…), Germania (…)".
  `(?:posizione|dichiarazione|appello|richiesta)\\s+espress[ao]\\s+${DA}`,
  // "I ministri degli Esteri di", "Noi, Ministri degli Esteri di", "dei Ministri degli Affari Esteri di".
  `(?:(?:noi,?\\s+)?(?:i|dei|ai)\\s+|noi,?\\s+)(?:ministri\\s+(?:degli\\s+(?:Affari\\s+)?(?:Esteri|europei)|${PORTFOLIO})|capi\\s+della\\s+diplomazia|responsabili\\s+della\\s+(?:politica\\s+estera|diplomazia)|leader|capi\\s+di\\s+Stato(?:\\s+e\\s+di\\s+governo)?|capi\\s+di\\s+governo|presidenti|governi|rappresentanti)\\s+${DI}`,
];

/** Who the signers are, right before the list: "i ministri degli Esteri dei sei Paesi", "dei leader di". */
export const ITALIAN_LEAD = [
  `(?:i|gli|dei|degli|ai|dai|dagli)\\s+(?:ministri\\s+(?:degli\\s+(?:Affari\\s+)?(?:Esteri|europei)|${PORTFOLIO})|leader|capi\\s+di\\s+Stato(?:\\s+e\\s+di\\s+governo)?|capi\\s+di\\s+governo|capi\\s+dello\\s+[Ss]tato|premier|primi\\s+ministri|presidenti|governi|rappresentanti)\\s+${DI}`,
  // "sostengono le ministre di Austria, Belgio, …": women ministers, the subject after its verb.
  `(?:le|delle|alle)\\s+ministre(?:\\s+degli\\s+(?:Affari\\s+)?Esteri)?\\s+${DI}`,
  `con\\s+la\\s+(?:presenza|partecipazione)\\s+${DI}`,
];

export const ITALIAN_BACKWARD = [
  '(?:hanno\\s+|ha\\s+)?(?:adottato|firmato|sottoscritto|approvato|aderito|emesso|firmano|sottoscrivono|adottano|aderiscono|approvano)',
];

/** Lower-case words that may stand between the names of an Italian list. */
export const ITALIAN_LIST_WORDS =
  'e nonché di del della dei degli delle dell i il la le gli paesi stati membri membro repubblica ' +
  'governo governi ministri ministro esteri affari presidente presidenti capi capo leader ' +
  'rappresentanti insieme altri compresi';

export const ITALIAN_PARTIAL = 'tra\\s+cui|tra\\s+gli\\s+altri|fra\\s+cui|compresi|inclusi';

export const ITALIAN_NOUNS =
  'dichiarazion[ei]|comunicat[oi]|test[oi]|document[oi]|letter[ae]|appell[oi]';
