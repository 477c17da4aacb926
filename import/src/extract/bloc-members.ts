import { groupNamed } from '../resolve/group-members';
import type { GroupMembers } from '../resolve/group-members';
import type { SentenceItem } from './sentence-items';
import type { Sentence } from './sentences';

const W = '(?<![\\p{L}])';
const E = '(?![\\p{L}])';

// "los países del bloque", "the bloc's member states", "les pays membres du bloc": a group the
// text has already named, by a word that stands for it. Its adjective is part of it.
const KIND =
  '(?:\\s+(?:comercial|regional|económico|econômico|europeo|europeu|européen|sudamericano|sul-americano|commercial|régional|économique|commerciale|regionale))?';
const BLOC = new RegExp(
  [
    `(?:the\\s+)?(?:countries|states|members|member\\s+states|nations|governments)\\s+of\\s+the\\s+(?:\\p{L}+\\s+)?bloc`,
    `(?:the\\s+)?bloc['’]s\\s+(?:\\d{1,2}\\s+|[\\p{L}-]+\\s+)?(?:countries|states|members|member\\s+states|nations|governments)`,
    `(?:los|las)\\s+(?:países|Estados|naciones|miembros|socios|gobiernos)(?:\\s+miembros)?\\s+del\\s+bloque${KIND}`,
    `(?:os|as)\\s+(?:países|Estados|nações|membros|sócios|governos)(?:\\s+membros)?\\s+do\\s+bloco${KIND}`,
    `(?:les|des)\\s+(?:pays|États|membres|gouvernements)(?:\\s+membres)?\\s+du\\s+bloc${KIND}`,
    `(?:i|gli)\\s+(?:Paesi|Stati|membri|governi)(?:\\s+membri)?\\s+del\\s+blocco${KIND}`,
    `(?:die|der|den)\\s+(?:Länder|Ländern|Staaten|Mitglieder|Mitgliedstaaten|Regierungen)\\s+des\\s+(?:Staaten)?(?:blocks|bündnisses)`,
    `(?:страны|государства|членов|участники)\\s+(?:блока|объединения)`,
  ]
    .map((p) => `${W}${p}${E}`)
    .join('|'),
  'giu',
);

/**
 * The group an item names, also one whose members count only where a statement speaks for it:
 * "the bloc" is the European Union in most of the news that says it.
 */
export function groupOf(item: SentenceItem): GroupMembers | undefined {
  if (item.group) return item.group;
  if (item.kind === 'group') return groupNamed({ name: item.text, spokenFor: true });
  const organization = item.mention?.kind === 'organization' ? item.mention.ids[0] : undefined;
  return organization === undefined ? undefined : groupNamed({ organization, spokenFor: true });
}

/**
 * Adds, to each sentence's items, the group a word like "the bloc's countries" stands for: the
 * last group named before it, in its sentence or one of the sentences before.
 */
export function resolveBlocs(sentences: Sentence[], itemsOf: SentenceItem[][]): void {
  let last: GroupMembers | undefined;
  sentences.forEach((sentence, i) => {
    const items = itemsOf[i] ?? [];
    const added: SentenceItem[] = [];
    let from = 0;
    for (const m of sentence.text.matchAll(BLOC)) {
      for (const item of items) {
        if (item.start >= from && item.end <= m.index) last = groupOf(item) ?? last;
      }
      from = m.index + m[0].length;
      const free = !items.some((item) => item.start < from && item.end > m.index);
      if (last && free) {
        added.push({ kind: 'group', start: m.index, end: from, text: m[0], group: last });
      }
    }
    for (const item of items) if (item.start >= from) last = groupOf(item) ?? last;
    if (added.length > 0) itemsOf[i] = [...items, ...added].sort((a, b) => a.start - b.start);
  });
}
