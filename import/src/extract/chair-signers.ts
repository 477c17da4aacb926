import type { TextLanguage } from '../resolve/country-names';
import { stateOfAdjective } from '../resolve/demonyms';
import type { Analysed } from './analysed';
import { addState } from './collect-signers';
import type { Signers } from './collect-signers';
import { ABBREVIATION } from './cues';
import { ATTENDANCE } from './list-cues';

const W = '(?<![\\p{L}])';
const E = '(?![\\p{L}])';

// "co-chaired by A and B", "headed by H.E. …, Minister of Foreign Affairs of Oman", "Presiding
// over the session was H.E. …, Deputy Chairman of … the Sudan", "sous la présidence de", "bajo
// la presidencia de", "unter dem Vorsitz", "под председательством".
const CHAIRED_BY = new RegExp(
  `${W}(?:(?:co-?)?chaired\\s+by|headed\\s+by|presided\\s+(?:over\\s+)?by|presiding\\s+over\\s+the\\s+(?:session|meeting|summit|talks)\\s+was|under\\s+the\\s+(?:co-?)?chair(?:man|person)?ship\\s+of|sous\\s+la\\s+(?:co)?présidence\\s+d(?:e|u|es)?|sob\\s+a\\s+(?:co)?presid[eê]ncia\\s+d[oae]s?|sob\\s+a\\s+condução\\s+d[oae]s?|(?:conduzid|presidid|dirigid)[oa]s?\\s+pel[oa]s?|(?:co)?présidée?s?\\s+par|bajo\\s+la\\s+(?:co)?presidencia\\s+de|(?:co)?presidid[oa]s?\\s+por|unter\\s+(?:dem\\s+)?(?:Ko-?)?Vorsitz|под\\s+(?:со)?председательством)${E}`,
  'giu',
);
// "Jordan's foreign minister … chaired the meeting", "le Tchad a présidé la réunion".
const CHAIRED = new RegExp(
  `^[^.;:]{0,120}?${W}(?:chaired|presided\\s+over|headed|(?:a\\s+)?présidé|présida|presidió|leitete|председательствовал\\p{L}*)(?:\\s+[^\\s.;:]+){0,10}?\\s+(?:the|la|le|el|die|den)?\\s*(?:meeting|session|talks|summit|conference|réunion|session|sommet|reunión|sesión|cumbre|Sitzung|Treffen|Gipfel)${E}`,
  'iu',
);
// "Встречу вел министр иностранных дел Пакистана", "Die Sitzung leitete der Außenminister
// Polens": the meeting first, then who chaired it.
const CHAIRED_OBJECT_FIRST = new RegExp(
  `^\\s*(?:Встречу|Заседание|Совещание|Переговоры|Конференцию|Die\\s+(?:Sitzung|Konferenz)|Das\\s+Treffen|Den\\s+Gipfel)\\s+(?:вели?|вела|вёл|провели?|провела|провёл|открыл[аи]?|председательствовал\\p{L}*|leitete)${E}`,
  'iu',
);
// "…, Président de la République du Tchad, Chef de l'État, Président en exercice du G5 Sahel":
// the state of a chair-in-office, in the chain of its titles.
const CHAIR_TITLE = new RegExp(
  `^(?:\\s*,\\s*[^,.;:]{1,40}){0,2}\\s*(?:,|\\s(?:and|et|y|e|und))\\s*(?:(?:current\\s+)?(?:chair(?:man|person)?|president)(?:[-\\s]in[-\\s]office|\\s+of\\s+the\\s+current\\s+session)|président(?:e)?\\s+en\\s+exercice|presidente\\s+pro\\s+t[eé]mpore|amtierende[rn]?\\s+(?:Vorsitzende[rn]?|Präsident\\p{L}*)|действующ\\p{L}+\\s+председател\\p{L}*)${E}`,
  'iu',
);
// "Prime Minister of the Federal Democratic Republic of Ethiopia and Chairperson of the IGAD
// Assembly": a head of state or government who chairs the body that met.
const CHAIR_OF_BODY =
  /^\s*(?:,|and)\s+(?:the\s+)?(?:current\s+)?Chair(?:man|person|woman)?\s+of\s+the\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:Assembly|Summit|Council|Conference|Heads\s+of\s+State)/u;
// "Guatemala, en su calidad de Secretaría Pro Témpore", "Chile, as the pro tempore Presidency",
// "la France, en sa qualité de présidente": the state that holds the chair of the group; "with
// …, Prime Minister of St. Vincent and the Grenadines, in the Chair", "with the Prime Minister of
// Saint Lucia, Honourable Allen Chastanet, in the chair".
const IN_THE_CHAIR = new RegExp(
  `^\\s*(?:,\\s*)?(?:(?:(?:(?:The\\s+)?(?:Most\\s+)?(?:Honourable|Hon\\.|Dr\\.?|Mr\\.?|Mrs\\.?|Ms\\.?|His\\s+Excellency|Her\\s+Excellency)\\s+)*(?:\\p{Lu}[\\p{L}.'’-]+\\s+){0,3}\\p{Lu}[\\p{L}.'’-]+\\s*,\\s*)?in\\s+the\\s+chair${E}|(?:en\\s+su\\s+calidad\\s+de|in\\s+its\\s+capacity\\s+as|en\\s+sa\\s+qualité\\s+de|as)\\s+(?:(?:the|la|el)\\s+)?(?:(?:Secretar[íi]a|Presidencia|Presidency|Secretariat|présidence|présidente?)\\s+pro\\s+t[eé]mpore|pro\\s+t[eé]mpore\\s+(?:Presidency|Secretariat|Chair)|(?:current\\s+)?chair(?:man|person)?(?:\\s+in\\s+office)?|présidente?\\s+en\\s+exercice)${E})`,
  'iu',
);
// The chair's meeting or group has members taking part, not only a statement's signers: a
// meeting's chair is no signer of a statement others made there ("a meeting co-chaired by").
const PARTICIPATION = new RegExp(
  `${ATTENDANCE.source}|${W}(?:participation|présents?|presentes|participación|Teilnahme|участии|participants?|participantes|partecipanti|Teilnehmer|reuniram|reuniu|reunió|reunieron|réuni|brought\\s+together|group|groupe|grupo|Gruppe|групп\\p{L}*)${E}`,
  'iu',
);
const JOINED = /^\s*(?:,\s*)?(?:and|et|y|und|и)?\s*(?:the\s+)?$/iu;
// "We appreciate the work of Albania as Chair of the Informal Working Group": a chair the
// signers thank, of another body.
const THANKED_BEFORE =
  /(?:appreciat|thank|commend|welcom|prais|congratulat|salu|remerci|agradec|felicit|würdig|dank)\p{L}*\s+(?:(?:the|la|le|el|die|den)\s+)?(?:work|efforts|role|leadership|travail|rôle|efforts|labor|trabajo|liderazgo|Arbeit|Einsatz)\s+(?:of|de|du|del|von|der|des)\s+(?:the\s+|la\s+|le\s+|l['’])?$/iu;
const DATELINE = /^[^\n]{0,60}?\s[-–—]{1,2}\s+/u;

function chairsIn(
  a: Analysed,
  language: TextLanguage,
): { code: string; start: number; end: number }[] {
  const text = a.sentence.text;
  const states = a.items.filter((i) => i.kind === 'state');
  const found: { code: string; start: number; end: number }[] = [];
  const add = (item: (typeof states)[number]) => {
    const code = item.mention?.ids[0];
    if (code) found.push({ code, start: item.start, end: item.end });
  };
  for (const m of text.matchAll(CHAIRED_BY)) {
    const end = m.index + m[0].length;
    const first = states.findIndex((i) => i.start >= end);
    const item = states[first];
    const between = text.slice(end, item?.start).replace(ABBREVIATION, ' ');
    if (!item || item.start - end > 160 || /[.;:]/.test(between)) continue;
    add(item);
    for (let k = first + 1; k < states.length; k++) {
      const next = states[k];
      const last = states[k - 1];
      if (!next || !last || !JOINED.test(text.slice(last.end, next.start))) break;
      add(next);
    }
  }
  for (const item of states) {
    const after = text.slice(item.end);
    if (THANKED_BEFORE.test(text.slice(Math.max(0, item.start - 80), item.start))) continue;
    if (CHAIR_TITLE.test(after) || IN_THE_CHAIR.test(after) || CHAIR_OF_BODY.test(after)) add(item);
  }
  // A wire's dateline before the story: "BEIJING, July 16 (Xinhua) -- Chinese … chaired".
  const story = text.length - text.replace(DATELINE, '').length;
  // "Burundi President H.E Evariste Ndayishimiye chaired the session": a title's stop ends nothing.
  if (CHAIRED.test(text.slice(story).replace(ABBREVIATION, ' '))) {
    const item = states[0];
    const adjective = /^(?:the\s+)?(\p{Lu}\p{L}+)/u.exec(text.slice(story))?.[1];
    const code = adjective && stateOfAdjective(adjective, language);
    if (item && item.start - story < 80) add(item);
    else if (code && adjective)
      found.push({
        code,
        start: text.indexOf(adjective),
        end: text.indexOf(adjective) + adjective.length,
      });
  }
  if (CHAIRED_OBJECT_FIRST.test(text.slice(story))) {
    const item = states[0];
    if (item && item.start - story < 120) add(item);
  }
  return found;
}

/**
 * Adds the state that chairs the meeting or group whose members a taken list names: the chair
 * takes part too ("Jordanian Foreign Minister … chaired the meeting. Taking part were …", "The
 * group is co-chaired by A and B", "headed by …, Minister of Foreign Affairs of Oman, with the
 * participation of"). Nothing when no signer was taken or the text names no participants.
 */
export function addChairs(found: Signers, all: Analysed[], language: TextLanguage): string[] {
  if (found.signatories.length === 0) return [];
  if (!all.some((a) => PARTICIPATION.test(a.sentence.text))) return [];
  const added: string[] = [];
  for (const a of all) {
    for (const chair of chairsIn(a, language)) {
      if (found.signatories.some((s) => s.code === chair.code)) continue;
      addState(found, chair.code, a.at(chair.start, chair.end));
      added.push(chair.code);
    }
  }
  return added;
}
