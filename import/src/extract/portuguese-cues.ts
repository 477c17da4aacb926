/**
 * Portuguese (European and Brazilian) cue patterns, merged into cues.ts: "em nome de", "assinado
 * pelos", "Os Chefes de Estado e de Governo da República de …", "assinaram". Prepositions contract
 * with the article: "de" + "o/a/os/as" gives "do/da/dos/das", "por" gives "pelo/pela/pelos/pelas".
 */
const DE = '(?:de|d[oa]s?)';
const POR = '(?:por|pel[oa]s?)';
// "ou seus representantes" or "ou quem os representou" may stand between the office and its states.
const OR_DEPUTIES =
  '(?:,?\\s+ou\\s+(?:d?os\\s+)?(?:seus\\s+representantes|quem\\s+os\\s+representou),?)?';

// The offices whose holders speak for their states: "Os Chefes de Estado e de Governo da …".
const OFFICES =
  '(?:chanceleres|chefes\\s+da\\s+diplomacia|ministros\\s+(?:dos\\s+Negócios\\s+Estrangeiros|das\\s+Relações\\s+Exteriores)(?:\\s+e\\s+(?:dos\\s+Negócios\\s+Estrangeiros|das\\s+Relações\\s+Exteriores))?|president[ea]s|chefes\\s+de\\s+Estado(?:\\s+e\\s+de\\s+Governo)?|governos|mandatários|representantes)';

export const PORTUGUESE_FORWARD = [
  // At the head of a clause the office-holders are its subject, as in English "The Heads of State of".
  `(?:^(?:\\d+\\.\\s+)?|(?<=,\\s{0,3}))(?:os|as)\\s+${OFFICES}${OR_DEPUTIES}\\s+${DE}`,
  `em\\s+nome\\s+${DE}`,
  '(?:juntamente|conjuntamente|em\\s+conjunto)\\s+com',
  `(?:declaração|comunicado|nota)\\s+conjunt[ao]\\s+(?:entre|${DE})`,
  // "Também assinaram autoridades da Bolívia, do Equador e do Peru": the verb before its subject.
  '(?:também|ainda|igualmente)\\s+(?:assinaram|subscreveram|aderiram)',
];

export const PORTUGUESE_VERB = [
  // "O texto foi assinado no sábado pelos presidentes": a time or a place may come first.
  // "O documento é subscrito ainda por": an adverb between.
  // "a lei aprovada pelo Parlamento da Hungria": a law, not a statement, and its lawmakers.
  `(?<!(?:lei|leis|legislação|norma|reforma|linha|posição|posições|política|postura|estratégia|medidas|decisão|abordagem)\\s+(?:[\\p{L}-]+\\s+){0,2})(?:adotad|assinad|subscrit|aprovad|emitid|apoiad|endossad|divulgad)[oa]s?(?:\\s+(?:ainda|também|igualmente|conjuntamente))?(?:\\s+(?:n[oa]s?|em|neste|nesta|hoje|ontem)(?:\\s+[\\p{L}\\d-]+){0,2})?\\s+${POR}`,
  `(?:d?os|d?as)\\s+${OFFICES}${OR_DEPUTIES}\\s+${DE}`,
];

/** Who the signers are, right before the list: "com a presença dos Ministros … da República de". */
export const PORTUGUESE_LEAD = [
  `(?:os|as|dos|das)\\s+${OFFICES}${OR_DEPUTIES}\\s+${DE}`,
  `com\\s+a\\s+(?:presença|participação)\\s+${DE}`,
  // "Fizeram-se representar os seguintes Estados-membros: Angola, Brasil, …".
  '(?:os|as)\\s+seguintes\\s+(?:Estados(?:[\\s-]membros)?|países(?:[\\s-]membros)?|governos|delegações)',
];

export const PORTUGUESE_BACKWARD = [
  '(?:adotaram|assinaram|subscreveram|aprovaram|emitiram|endossaram|firmaram|juntaram-se|aderiram|assinam|subscrevem|adotam|aprovam|assinou|subscreveu|aderiu|adotou|assina|subscreve)',
  // "Já a Turquia – que tem procurado … – juntou a sua assinatura ao texto".
  '(?:juntou|juntaram|acrescentou|acrescentaram)\\s+(?:a\\s+)?(?:sua\\s+)?assinatura',
];

/** Lower-case words that may stand between the names of a Portuguese list. */
export const PORTUGUESE_LIST_WORDS =
  'e bem como o os a as do dos das de pela pelo pelos pelas república estados membros países membro ' +
  'governo governos presidente presidentes presidenta chefes chefe ministros ministro representantes ' +
  'seus ou partes associados outros incluindo nomeadamente primeiro-ministro primeiros-ministros ' +
  // "e os chefes da diplomacia de Angola": the foreign ministers.
  'primeira-ministra chanceler chanceleres diplomacia';

export const PORTUGUESE_PARTIAL =
  'incluindo|entre\\s+eles|entre\\s+outros|nomeadamente|designadamente';

export const PORTUGUESE_NOUNS = 'declaraç(?:ão|ões)|nota\\s+conjunta|textos?|documentos?';
