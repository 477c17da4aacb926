import type { ScriptLanguage } from './script-language';
import type { StateMention } from './script-names';

/** A sentence of an Arabic or Chinese text, by offsets into the text. */
export type ScriptSentence = { start: number; end: number; text: string };

// Sentences end at a full stop, question or exclamation mark of either script, or a line end.
const SENTENCE = /[^。！？!?؟\n.]+(?:[。！？!?؟.]|$)|[^。！？!?؟\n]+?(?:\.(?=\s|$))/gmu;

// "…联署的39个国家如下:" over "- 澳洲", "- 新西兰", …: a lead that ends in a colon, then a name a
// line.
const LEADS_LINES = /[:：]\s*$/u;
// A list joined by و or commas may run past a line's worth of names: 31 states on one line.
const LIST_LINE = /^[^\n]{0,600}(?:[،、,]|\sو[^\n]*\sو)[^\n]{0,600}$/u;
const NAME_LINE = /^\s*(?:[-–•·*▪]|\d{1,3}[.)、])?\s*[^\s，。；：！？,;:.،؛]{2,30}\s*$/u;

/**
 * The sentences of a text, blank ones left out. A list set out a name a line under a lead that
 * ends in a colon is one sentence with its lead.
 */
export function scriptSentences(text: string): ScriptSentence[] {
  const sentences: (ScriptSentence & { lines?: boolean })[] = [];
  // "(Ferdinand R. Marcos, Jr.)": stops inside a name in Latin letters end no sentence.
  const masked = text.replace(LATIN_BRACKET, (b) => b.replace(/[.!?]/gu, '·'));
  for (const found of masked.matchAll(SENTENCE)) {
    const start = found.index;
    const end = start + found[0].length;
    const body = text.slice(start, end);
    if (!/\p{L}/u.test(body)) continue;
    const previous = sentences[sentences.length - 1];
    const adjacent = !/\n\s*\n/u.test(text.slice(previous?.end ?? 0, start));
    const led = previous !== undefined && LEADS_LINES.test(previous.text);
    // "وزراء سبع دول، هي:" over "مصر، وليبيا، وتشاد، …": the list on the line after its lead.
    const item = adjacent && (NAME_LINE.test(body) || (led && LIST_LINE.test(body)));
    if (previous && item && (led || previous.lines === true)) {
      previous.end = end;
      previous.text = text.slice(previous.start, end);
      previous.lines = true;
    } else sentences.push({ start, end, text: body });
  }
  return sentences.map(({ start, end, text: t }) => ({ start, end, text: t }));
}

// What may stand between two names of one list. Arabic glues its "and" (و) to the next name,
// so only commas and spaces are left between; Chinese separates with 、 or a conjunction, and a
// signer may come as a state with an office and a person ("美国国务卿布林肯、日本外相林芳正").
const LIST_GAP: Record<ScriptLanguage, RegExp> = {
  // "…وبوروندي وإفريقيا الوسطى وجزر القمر": one name the dictionary lacks, joined by و on both
  // sides, may stand between two of the list's.
  // Not a word that starts with the letter itself: "، وزراء خارجية الأردن" (ministers).
  ar: /^[\s،,]*(?:و\s+)?$|^[\s،,]*\sو(?!زراء|زير|زارة|فد|فود)[\u0621-\u064a]{3,}(?:\s[\u0621-\u064a]{2,}){0,2}[\s،,]+$/u,
  // An empty gap joins a string of abbreviations ("中俄伊").
  // A name the dictionary lacks may stand between two of the list's ("加拿大、賽浦路斯、丹麥").
  // "- 澳洲\n- 新西兰": a list set out a name a line.
  zh: /^(?:[^，。；：！？,;:\s、]{0,20}?(?:、|和|[与與]|及|以及|同))?$|^、\p{Script=Han}{2,6}、$|^\s*\n\s*(?:[-–•·*▪]|\d{1,3}[.)、])?\s*$/u,
};
// An attendance list may separate its signers by commas when each is a state, an office and a
// person, and the next may carry a title of its own ("…外交部长努尔特列乌，中共中央政治局委员、
// 中华人民共和国外交部长王毅").
// Arabic may name each signer by an office in a state: "وزيري خارجية المملكة المتحدة والإمارات،
// ووزير الدولة للشؤون الخارجية في المملكة العربية السعودية".
const AR_OFFICE_GAP =
  /^[\s،,]*و(?:وزير|وزيرة|مساعد|نائب|ممثل|سفير)[^،,.؛:\n]{0,60}?\s(?:في|لدى)\s+$/u;
// Or by a leader's name and title each: "…، ورجب طيب أردوغان رئيس جمهورية تركيا، ومحمد شهباز
// شريف رئيس وزراء جمهورية باكستان الإسلامية، والشيخ … ووزير الخارجية بدولة الإمارات".
const AR_TITLE =
  '(?:رئيس(?:\\s+(?:ال)?وزراء)?|ملك|أمير|سلطان|ولي\\s+(?:ال)?عهد|وزير(?:\\s+(?:ال)?خارجية)?|نائب\\s+رئيس(?:\\s+(?:ال)?وزراء)?(?:\\s+ووزير\\s+(?:ال)?خارجية)?)';
const AR_PERSON = `(?:[\\u0621-\\u064a]+\\s+){1,7}?${AR_TITLE}`;
const AR_PERSON_GAP = new RegExp(`^[\\s،,]*[وف](?!حضر|شارك|تشارك)${AR_PERSON}\\s*$`, 'u');
// Or by a head of state's title and name, "、" between: "卡達埃米爾（國家元首）塔米姆、約旦國王阿卜杜拉二世、
// …，以及阿聯外交部長…".
const ZH_OFFICE_GAP =
  /^[^，。；：！？,;:\s、]{0,16}?(?:部[长長]|外[长長]|外相|大[臣使]|[总總]理|[总總][统統]|主席|首相|代表|[国國]王|埃米[尔爾]|王[储儲]|[苏蘇]丹)(?:（[^）]{0,8}）)?[^，。；：！？,;:\s、]{1,24}[，,、]\s*(?:以及|及|和|与|與)?(?:[^，。；：！？,;:\s、]{1,12}、)?$/u;

// "…五国外长到场与会,中国、俄罗斯两国外长则通过视频方式参会": an office, then what its holders did,
// ends one clause's list; no person stands there.
const ZH_CLAUSE_VERB =
  /出席|[参參]加|[参參][会會]|[与與][会會]|到[场場]|[举舉]行|[会會][晤谈談]|表示|[发發]表/u;

const LATIN_BRACKET = /[（(][^（）()\p{Script=Han}]{1,40}[)）]/gu;
const ZH_ALL_WITH = /(?:都|均|皆|亦|也)[与與同和跟]$/u;
const ZH_CLAUSE_GAP = /被|[则則]|[视視][为為]|可能|[关關][系係]/u;

/** The runs of names a sentence lists one after another, each run in text order. */
export function nameRuns(text: string, mentions: StateMention[], language: ScriptLanguage) {
  const runs: StateMention[][] = [];
  for (const m of mentions) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    // "美國總統拜登(Joe Biden)、日本首相…": a name in Latin letters in brackets, no part of the gap.
    const gap = text.slice(last?.end ?? 0, m.start).replace(LATIN_BRACKET, '');
    const person = language === 'ar' && AR_PERSON_GAP.test(gap);
    // "土耳其都與以色列有外交關係", "沙烏地阿拉伯則被視為日後可能與以色列…": "with" in a clause of
    // its own is no "and".
    const withWord = language === 'zh' && (ZH_ALL_WITH.test(gap) || ZH_CLAUSE_GAP.test(gap));
    const joined =
      (LIST_GAP[language].test(gap) && !withWord) ||
      (language === 'zh'
        ? ZH_OFFICE_GAP.test(gap) && !ZH_CLAUSE_VERB.test(gap)
        : AR_OFFICE_GAP.test(gap)) ||
      person;
    // "الدول المقاطعة لقطر، مصر والسعودية": a name a preposition governs is no list member; a
    // title's "of" ("ووزير الخارجية بدولة الإمارات") is no such preposition.
    if (run && last && joined && (person || (!m.governed && !last.governed))) run.push(m);
    else runs.push([m]);
  }
  return runs;
}

// Arabic: a joint statement (بيان مشترك, with or without its case endings), a verb of issuing,
// signing or declaring in any person ("أصدرت", "وقّع", "يصدرون", "أعربت … عن"), "on behalf of",
// or who the signers are ("وزراء خارجية", "قادة"), right before the list, or the statement or
// the verb right after it. Between cue and list only linking words may stand ("كل من", "بين").
const B = '(?<![\\u0621-\\u064a])';
// The accusative may write its alif: "بياناً مشتركاً".
// "بيان مشترك", "بيان ثلاثي مشترك" (a trilateral joint statement).
const AR_STATEMENT =
  '(?:ال)?بيانا?[\\u064b-\\u0652]*\\s+(?:(?:ال)?(?:ثنائي|ثلاثي|رباعي|خماسي)[\\u064b-\\u0652]*\\s+)?(?:ال)?مشتركا?[\\u064b-\\u0652]*';
// "وضعت توقيعها على البيان": put its signature to it.
// "بيان حمل توقيع الولايات المتحدة وألمانيا": a statement that bore their signature.
const AR_VERB =
  '(?:[أايت]?(?:صدر|وق\\u0651?ع|تبن)|[أيت](?:عرب|علن)|وضع[\\u0621-\\u0652]*\\s+توقيع|[يت]?حمل[\\u0621-\\u0652]*\\s+توقيع)[\\u0621-\\u0652]*';
// "أبدت وزارات خارجية كلٍّ من: …": their foreign ministries too.
const AR_ROLE =
  '(?:وزراء\\s+(?:ال)?خارجية|وزير[اي]\\s+(?:ال)?خارجية|وزارات\\s+(?:ال)?خارجية|وزارت[اي]\\s+(?:ال)?خارجية|قادة|رؤساء|حكومات|ممثلو|ممثلي)';
const AR_BEHALF = '(?:باسم|نيابة\\s+عن)';
// "وقع على البيان وزير الخارجية المصري", "صدر بيان عن وزيري خارجية": the statement signed or
// issued may stand between verb and signer.
const AR_LINK = `(?:\\s+(?:كل[\\u064b-\\u0652]*\\s+من|بين|من|عن|على\\s+(?:ال)?(?:بيان|إعلان)|بيانا?[\\u064b-\\u0652]*|${AR_ROLE}))*`;

// "والدول المشاركة في البيان هي:", "الدول الموقعة على البيان، ومن بينها": the states taking part
// in, or signing, the statement are, or are among them.
const AR_PARTIES = `[وف]?(?:ال)?دول\\s+(?:ال)?(?:مشاركة|موقعة)\\s+(?:في|على)\\s+(?:ال)?(?:بيان|إعلان)[\\u064b-\\u0652]*(?:\\s+(?:ال)?مشترك[\\u064b-\\u0652]*)?(?:(?:\\s+هي)?\\s*:|[\\s،,]*و?(?:من\\s+)?(?:بينها|ضمنها)|[\\s،,]*ومنها)`;
// "لما أعلنته إسرائيل": a verb in a clause of "what" someone announced names no signer.
const AR_WHAT = '(?<!(?<![\\u0621-\\u064a])(?:[لب]?ما|الذي|التي)\\s)';
// "اللجنة الوزارية … والتي تضم كلاً من", "والتي تتألف من": the members of the committee that
// speaks.
const AR_COMPRISES =
  '(?:و?(?:التي|الذي)\\s+)?(?:(?:تضم|يضم)|(?:[تي]ت(?:ألف|كون)|(?:ال)?م(?:ؤلف|كون)ة?)\\s+من)(?:\\s+كلا?[\\u064b-\\u0652]*\\s+من)?';
const AR_STANCE =
  '[وف]?(?:[يت]?(?:رحب|ؤكد|دين|دعو|شيد|شدد)|رحب|أكد|أدان|دعا|أشاد|شدد)[\\u0621-\\u0652]*';
// "و22 دولة من بينها مصر وتركيا": some of the states a count gives.
// "وحمل البيان توقيع 27 شريكاً، من بينهم بريطانيا": partners too.
// "ومعها 14 دولة أخرى، من بينها كندا": others; "9 دول، هي: أستراليا وكندا": the states counted are.
const AR_COUNT_AMONG =
  '[و]?(?:\\d{1,3}|[\\u0660-\\u0669]{1,3}|(?:ثلاث|أربع|خمس|ست|سبع|ثماني|ثمان|تسع|عشر)(?:ة|\\p{Mn})?)\\s+(?:دولة|دول|بلدا?|بلدان|شريكا?|شركاء)[\\u064b-\\u0652]*(?:\\s+أخرى)?[\\s،,]+(?:(?:من\\s+)?(?:بينها|ضمنها|منها|بينهم|ضمنهم|منهم)|و?هي\\s*:)';
// "وفي بيان مشترك، شددت أمريكا وقطر": in the statement, a stance verb, then its signers.
// "والموقعون على هذا البيان المشترك هم وزراء المملكة …": the signers of the statement are.
// "وشدّدت الدول الموقِّعة (ومن بينها السعودية ومصر …)": the signing states, among them.
const AR_SIGNERS_ARE =
  '(?:[وف]?(?:ال)?موق\\u0651?(?:عون|عين)\\s+على\\s+[^.؛:،]{0,40}?\\s(?:هم|هي)(?:\\s+وزراء)?|(?:ال)?دول\\s+(?:ال)?موق[\\u064b-\\u0652]*ع[\\u064b-\\u0652]*ة\\s*\\(?\\s*و?(?:من\\s+)?(?:بينها|ضمنها))';
// "صادر عن: مصر، الأردن، …": issued by; "البيان … بات يحظى الآن بتأييد كل من": backed by; "البيان،
// الذي قرأته سفيرة أستراليا": read out by the envoy of.
const AR_ISSUED_BY =
  '(?:(?:ال)?صادر(?:ة|ا)?\\s+عن|(?:الذي|التي)\\s+(?:قرأ|تلا|تل)(?:ته|ه|ها|ت)?\\s+(?:سفير|سفيرة|مندوب|مندوبة|ممثل|ممثلة|وزير|وزيرة)(?:\\s+(?:ال)?خارجية)?|(?:[يت]حظى|حظي|حظيت|نال|نالت)(?:\\s+[\\u0621-\\u064a]+){0,2}?\\s+ب(?:تأييد|دعم|موافقة))';
// "توقيع بيان مشترك شمل الأردن والجزائر …": a joint statement that took in the states after it.
const AR_INCLUDED = '(?:شمل|شملت|ضم|ضمت|يضم|تضم)';
const AR_BEFORE = new RegExp(
  `${B}(?:${AR_ISSUED_BY}|${AR_SIGNERS_ARE}|${AR_COUNT_AMONG}|${AR_STATEMENT}(?:[\\s،,]+(?:${AR_STANCE}|${AR_INCLUDED}))?|${AR_WHAT}[وف]?${AR_VERB}|${AR_BEHALF}|${AR_PARTIES})${AR_LINK}[\\s،,:]*$`,
  'u',
);
// "والدول الأعضاء في اللجنة هي:": the committee's member states are.
const AR_COMMITTEE_MEMBERS = '[وف]?(?:ال)?دول\\s+(?:ال)?أعضاء\\s+في\\s+(?:ال)?لجنة(?:\\s+هي)?\\s*:';
const AR_MEMBERS_BEFORE = new RegExp(
  `${B}(?:${AR_COMPRISES}|${AR_COMMITTEE_MEMBERS})[\\s،,]*$`,
  'u',
);
// "بصدور بيان تشاوري عن دول مجلس التعاون الخليجي ومصر والأردن والعراق", "البيان الختامي الصادر
// عن الاجتماع التشاوري الذي جمع دول مجلس التعاون الخليجي والأردن": more issuers after the group
// a statement came from.
const AR_FROM_AND = new RegExp(
  `${B}(?:ال)?(?:بيانا?|إعلانا?)[\\u064b-\\u0652]*(?:\\s+[\\u0621-\\u064a]+){0,2}\\s+(?:عن|من)\\s+[^.؛:،,]{2,80}$`,
  'u',
);
// "…، وجامعة الدول العربية، ومنظمة التعاون الإسلامي، إضافة إلى بنغلاديش": the list goes on.
// "…، ومعهم أمين سر اللجنة التنفيذية لمنظمة التحرير ممثلاً لدولة فلسطين": one more, who
// represents a state; "وقعت على البيان، ومعها كندا ونيوزيلندا": and with them.
export const AR_BESIDES =
  '(?:(?:ب?الإضافة|إضافة)\\s+إلى|إلى\\s+جانب|فضل[\\u064b-\\u0652]*ا?[\\u064b-\\u0652]*\\s+عن)';
export const AR_GOES_ON = new RegExp(
  `^[^.؛:]{0,120}?(?:${AR_BESIDES}|و?مع(?:ها|هم|ه)|ممثل(?:ا|ة|ين)?[\\u064b-\\u0652]*)[\\s،,]*$`,
  'u',
);
// "وأكد الاجتماع، الذي حضرته الجزائر ومصر", "وشارك فيها الرئيس الأمريكي", "وجمعت القمة الرئيس
// المصري …": who attended the meeting that took a stand or issued the statement; "سجل المؤتمر
// مشاركة كل من", "وانضمت إلى هذا اللقاء أيضا كل من": its participants, its joiners.
const AR_ATTENDED_BEFORE = new RegExp(
  `${B}(?:و?(?:الذي|التي)\\s+)?(?:[وف]?(?:حضر(?:ه|ته|ها)?|شارك(?:ت)?\\s+فيه(?:ا)?|بمشاركة|بحضور|سجل(?:ت)?\\s+(?:ال)?(?:مؤتمر|اجتماع|لقاء|قمة)\\s+مشاركة|انضم(?:ت)?\\s+إلى\\s+(?:(?:هذا|هذه)\\s+)?(?:ال)?(?:لقاء|اجتماع|مؤتمر|قمة)(?:\\s+أيضا)?|(?:جمعت|جمع)(?:\\s+(?:ال)?(?:قمة|اجتماع|لقاء))?))${AR_LINK}(?:\\s+${AR_PERSON})?[\\s،,]*$`,
  'u',
);
// A list in brackets after its group's name ends before the verb or statement: "ودول الرباعية
// (السعودية والإمارات …) بياناً مشتركاً".
const AR_RELATIVE_AGENT =
  /(?<![\u0621-\u064a])(?:التي|الذي|اللذين|اللتين)\s+[يت]?(?:بذل|قام|قدم|شن|ارتكب|نفذ)[\u0621-\u064a]*[\s،,]*$/u;
// "طالبت إيران والسعودية والصين، في بيان ثلاثي مشترك": in the statement, after a comma.
const AR_AFTER = new RegExp(`^\\)?(?:\\s+${AR_VERB}|[\\s،,]*(?:في\\s+)?${AR_STATEMENT})`, 'u');
// "بينها بريطانيا وألمانيا، وقّعت على البيان": the verb after a comma too, when no preposition
// governs the list ("العدوان على إيران، أصدر").
const AR_AFTER_COMMA = new RegExp(`^[\\s،,]+${AR_VERB}`, 'u');
// Who the signers are speaks of a statement only in a text that is one or names one, or after
// a verb of taking a stand ("رحب", "يؤكد", "أدان", "دعا", "يشيدون"): a meeting is no statement.
const AR_ROLE_ONLY = new RegExp(`${B}${AR_ROLE}${AR_LINK}[\\s،,:]*$`, 'u');
const AR_GATHERED_ROLE = new RegExp(
  `${B}(?:ضمت|ضم|جمعت|جمع)\\s+${AR_ROLE}${AR_LINK}[\\s،,]*$`,
  'u',
);
const AR_TAKES_STANCE = new RegExp(`${B}${AR_STANCE}`, 'u');
const AR_STANCE_ROLE = new RegExp(`${B}${AR_STANCE}\\s+${AR_ROLE}${AR_LINK}[\\s،,]*$`, 'u');
// A list of three or more whose signers the sentence named earlier, with words between: "وزراء
// خارجية الدول الأربع الداعية لمكافحة الإرهاب (السعودية، …)", "بيان مشترك لوزراء خارجية الدول
// المقاطعة لقطر، مصر والسعودية …". No preposition may govern the list.
const AR_ROLE_EARLIER = new RegExp(`(?:${B}|(?<=[وفل]))${AR_ROLE}`, 'u');
const AR_GOVERNED = /(?<![\u0621-\u064a])(?:في|على|إلى|الى|مع|عن|من|ضد|تجاه|بين)[\s،,(]*$/u;
// "خلاصات الرئاسة المشتركة": the co-chairs' conclusions too.
const AR_ANY_STATEMENT = new RegExp(`${B}(?:${AR_STATEMENT}|(?:ال)?بيان|إعلان|(?:ال)?خلاصات)`, 'u');

// Chinese: a joint statement, communiqué or declaration, or signing, later in the list's clause
// with no other state before it ("中国对美国的声明" is America's); or "we," just before the list.
// Simplified or traditional characters alike.
// "巴基斯坦代表近70个国家发表共同发言": a joint speech at a council is its statement too.
// "俄罗斯等37国联名致信联合国": a letter signed jointly ("联名").
// "美英法等43國聯合發聲": a joint voice too.
const ZH_AFTER =
  /^[^，。；！？,;]*?(?:[声聲]明|公[报報]|宣言|[签簽][署订訂]|(?:共同|[联聯]合)[发發](?:言|[声聲])|[联聯]名)/u;
// "…與吐瓦魯，共9個友邦的常任代表聯名寫信": the run's total, then its signing.
const ZH_TOTAL_AFTER =
  /^[，,]\s*(?:共|总共|總共|合计|合計)\s*(?:\d+|[一二三四五六七八九十两兩]+)\s*[个個]?[^，。；！？,;]{0,12}?(?:[声聲]明|公[报報]|宣言|[签簽][署订訂]|(?:共同|[联聯]合)[发發]言|[联聯]名)/u;
// "中方回应21国就以伊冲突联合发表声明", "中方欢迎埃及等…发表联合声明": who answers a statement.
const ZH_RESPONDS_AFTER =
  /^\s*(?:回[应應]|[评評][论論]|欢迎|歡迎|赞赏|讚賞|批[评評]|批驳|批駁|谴责|譴責)/u;
// "这份联合声明由阿联酋、埃及…等国，以及伊斯兰合作组织…共同发布": issued by the run.
// "這份聯合聲明由澳洲外長…及英國外相拉布共同署名": or signed by it.
const ZH_ISSUED_BY_RUN =
  /^[^。；！？]*?(?:共同|[联聯]合|一起)?(?:[发發]布|[发發]表|[签簽]署|提出|[发發]出|署名|具名)/u;
// "埃及、约旦…等21个阿拉伯和伊斯兰国家的外长,就以色列与伊朗之间的冲突发表联合声明": the
// issue after a comma, then the statement.
const ZH_ON_ISSUE_AFTER =
  /^[^，。；！？,;]*?[，,]\s*就[^，。；！？,;]{0,60}?[发發]表(?:了)?(?:[联聯]合|共同)?[声聲]明/u;
// "墨西哥、阿根廷、印尼这8个G20成员国都没有在对叙动武联合声明上签字": states that did not sign.
const ZH_NOT_SIGNED =
  /^[^，。；！？,;]*?(?:没有|沒有|未|拒绝|拒絕|不曾)[^，。；！？,;]{0,16}?(?:[签簽]|[声聲]明|宣言|公[报報])/u;
// "宣读另一份由包括中国在内的55国联名的共同声明": the signers of another text; "英国也曾起草过…宣言":
// of an earlier one.
const ZH_OTHER_BEFORE = /另(?:一|外)[份项項篇封]?[^，。；！？,;]{0,20}$/u;
// "在这两份挺中国声明上联署的国家包括…": the signers of the two other statements just named.
const ZH_OTHER_TEXTS_BEFORE = /[这這那](?:两|兩|二|三|几|幾)[份项項篇封][^。；！？]{0,30}$/u;
const ZH_ONCE_AFTER = /^[^，。；！？,;]{0,4}?曾(?:经|經)?/u;
// "中方对这份“声明”坚决反对": who opposes the statement.
const ZH_OPPOSES =
  /^[^，。；！？,;]{0,4}?[对對][这這那]?[份项項篇]?[^，。；！？,;]{0,6}?[声聲]明[”"」』]?[^，。；！？,;]{0,4}?(?:反对|反對|批驳|批駁|驳斥|駁斥|谴责|譴責|不满|不滿)/u;
// "古巴則代表62個國家發表另一份聲明": another statement.
const ZH_OTHER_TEXT =
  /^[^，。；！？,;]*?另(?:一|外)?[份项項篇封]?[^，。；！？,;]{0,4}?(?:[声聲]明|宣言|公[报報]|信)/u;
// "貝里斯、…、吐瓦魯等9個友邦的常務代表，聯名致函聯合國秘書長", "…等11國,共同具名致函": the subject of a
// joint letter or statement, a comma before its verb.
const ZH_JOINTLY_AFTER_COMMA =
  /^[^，。；！？,;]*?[，,]\s*(?:[^，。；！？,;]{0,4}?)(?:[联聯]名|共同|[联聯]合)(?:具名|署名)?(?:致函|[发發]表|[签簽]署|[写寫]信|[发發]出)/u;
// "阿联酋担任牵头方，埃及、约旦…以及伊斯兰合作组织…均表示支持": the states that back the statement.
// "…以及伊斯兰合作组织…予以支持": or give it their support.
const ZH_SUPPORT_AFTER = /^[^，。；！？,;]*?(?:均|都|亦|也|一致)?(?:表示|予以|给予|給予)支持/u;
// "美国、日本与南韩三国外长今天重申": the list counted right after it, as the subject of what
// the text reports.
const ZH_COUNTED_AFTER =
  /^\s*(\d+|[二两兩三四五六七八九十])[国國](?:外[长長]|外交部[长長]|[领領][导導]人|元首|首[脑腦]|政府|代表)/u;
const ZH_DIGITS = '一二三四五六七八九十';
const zhCount = (n: string) =>
  /^\d+$/u.test(n) ? Number(n) : n === '两' || n === '兩' ? 2 : ZH_DIGITS.indexOf(n) + 1;
// "伊拉克外交部21日晚同样发表声明": one state that likewise issued a statement of its own; "中国5日也
// 带领26个国家发表联合声明": one that led another.
// "烏克蘭外交部1日發表聲明指出": a state's ministry speaking alone.
const ZH_OWN_STATEMENT =
  /^[^，。；！？,;]*?(?:(?:同[样樣]|亦|也|另|[单單]独|[单單]獨)[^，。；！？,;]*?[发發]表(?:[联聯]合|共同)?[声聲]明|外交部[^，。；！？,;]{0,12}?[发發]表(?:了)?[声聲]明)/u;
// "发表这份联合声明的是阿联酋、埃及…", "参与发表这份联合声明的国家有英国…": who issued the
// statement are, before the list.
// "聯合聲明列出的與會領導人及政要為：": the leaders a statement lists.
// "这14国是德国、丹麦…", "這37個國家包括俄羅斯…": these counted states are.
// "今年這份43國名單上新增了土耳其…": the counted states' list took in.
const ZH_BEFORE =
  /(?:我[们們][，,]|(?:\d+|[一二三四五六七八九十两兩]+)[个個]?[国國](?:家)?名[单單](?:上|中)?(?:新增|增加|增添|加入)(?:了)?[:：]?|[这這](?:\d+|[一二三四五六七八九十两兩]+)(?:[个個])?[国國](?:家)?(?:[是为為]|分[别別][是为為]|包括)[:：]?|(?:[声聲]明|公[报報]|宣言)[^，。；！？]{0,6}?(?:列出|列明|所列)的[^，。；！？]{0,16}?(?:[为為]|有|是|包括)[:：]?|(?:[发發]表|[签簽]署|[连連联聯]署|通[过過])[^，。；！？]{0,12}?(?:[声聲]明|公[报報]|宣言)的(?:国家|國家|成员国|成員國)?(?:是|有|包括|[为為])[:：]?)\s*$/u;
// "在这封信上签名的,除沙特阿拉伯和俄罗斯两国外,还有许多非洲国家,以及朝鲜、委内瑞拉": who signed it
// are, or are also, the list.
const ZH_SIGNERS_ARE =
  /(?:[签簽]名|[签簽]署|[连連联聯]署)的[^。；！？]{0,80}?(?:还有|還有|包括|是|[为為]|如下[:：]?)[^。；！？]{0,30}?$/u;
// "原先有24國連署，包括澳洲、比利時…": the states a signing count goes on to name.
// "在联合公报上签字的领袖则有30位，包括中国、阿根廷…": the leaders who signed, counted, then named.
const ZH_SIGNED_INCLUDING =
  /(?:[连連联聯]署|[签簽]署|[签簽]名|[签簽]字)[^。；！？;，,]{0,12}?[，,]\s*(?:包括|包含|分[别別][为為]|有)[:：]?\s*$/u;
// "聯署國家當中,埃及、約旦…都與以色列有外交關係;卡達在斡旋工作上角色關鍵": among the co-signers,
// each clause's first states.
const ZH_AMONG_SIGNERS =
  /^[^。！？]*?(?:[联聯]署|[签簽]署)(?:的)?(?:国家|國家|各国|各國)(?:当中|當中|之中|中)[,，、]?/u;
const ZH_CLAUSE_START =
  /(?:(?:[联聯]署|[签簽]署)(?:的)?(?:国家|國家|各国|各國)(?:当中|當中|之中|中)[,，、]?|[；;])\s*$/u;
// "印尼和巴基斯坦,也在聲明上簽了名": who also put their names to the statement.
const ZH_SIGNED_ON_AFTER =
  /^[，,]?\s*(?:也|亦|都|均|同样|同樣)?\s*在[^，。；！？,;]{0,16}?(?:[声聲]明|宣言|公[报報]|信)[^，。；！？,;]{0,4}?[签簽](?:了)?(?:名|字|署)/u;
// A list that a preposition governs ("对美国和英国", "就", "向", "应…邀请") is what the clause
// is about.
// "邀请澳大利亚、印度和新西兰3国与会": guests the meeting invites; "挺中國的共同發言": whom a joint
// speech supports; "打算同俄罗斯和乌克兰两国领导人会谈": with whom; "涉乌克兰的这份联合声明": about;
// "关注中国人权的声明", "敦促中国": whom the statement is concerned with or urges; "台灣將持續與美國、
// 英國…攜手": with whom.
const ZH_OBJECT =
  /(?:[对對]|向|就|在|[为為]|[给給]|把|被|[关關]于|[针針][对對]|[应應]|邀[请請]|挺|支持|[声聲]援|同|跟|[与與]|涉(?:及)?|[关關]注|批[评評]|[谴譴][责責]|指[责責]|呼[吁籲]|敦促|入侵|侵略|攻[击擊]|制裁)$/u;
// In a text that is a joint statement, states (or their ministers, by office and name) that are
// the subject of the meeting itself are its parties: "中华人民共和国、日本国和大韩民国的外交部长
// …举行会议", "中国外交部部长王毅、老挝外长沙伦赛…出席会议".
const ZH_MEETING =
  /^[^，。；！？,;]{0,30}?(?:出席|[参參]加|[与與]会|[与與]會|[举舉]行|[会會][晤谈談]|[齐齊]聚|聚首)/u;
// "…以及乌兹别克斯坦共和国外交部长赛义多夫（以下简称“各方”）": the text names the run as its parties.
const ZH_HEREINAFTER_PARTIES =
  /^[^。；！？]{0,30}?[（(]\s*以下(?:简|簡|合)[称稱]\s*[“「『"]?(?:各方|[双雙]方|[三四五六七八九十]方)/u;
const ZH_INVITED_AFTER = /^[^，。；！？,;]{0,4}?(?:[获獲]邀|受邀|[应應]邀|列席)/u;
// "出席会议的有:" (present at the meeting were:), "參與此次會談的領導人與政要為:", before the list.
// "与会的有国家主席习近平和沙特王储…", "…习近平,以及沙特王储…": China's own leader, by title alone,
// may come first.
const ZH_ATTENDED_BEFORE =
  /(?:(?:出席|[参參]加|[与與]会|[与與]會)[^，。；！？,;]{0,6}?(?:的有|者有|者[为為]|人[员員]有)|[参參][与與][^，。；！？,;]{0,8}?的[^，。；！？,;]{0,10}?(?:[为為]|是|有|包括))[:：]?(?:[^，。；！？,;、]{0,12}?(?:[和与與及]|[,，]\s*(?:以及)?))?\s*$/u;
// Chinese news names China's leaders by office alone: "国家主席习近平和沙特王储…".
const ZH_HOME_LEADER =
  /(?:国家主席|國家主席|国务院总理|國務院總理|国务委员兼外长|國務委員兼外長)\p{Script=Han}{2,4}(?:[和与與及]|[,，]\s*(?:以及)?)\s*$/u;

// "德國…發言，代表阿爾巴尼亞、澳洲…和德國等39國，提出這份聯合聲明": on behalf of the list, in a
// sentence that speaks or issues a statement; "常駐代表" and "的代表" are representatives.
const ZH_BEHALF_BEFORE = /(?<!常[驻駐]|常[务務]|特[别別]|全[权權]|首席|的|[团團])代表\s*$/u;
const ZH_SPEAKS = /[声聲]明|[发發]言|宣[读讀]|致函|[发發]表/u;

/** Whether China's own leader, by office alone, stands right before a run of states. */
export const chinaLeaderBefore = (before: string): boolean => ZH_HOME_LEADER.test(before);
// A Chinese text is a joint statement when it speaks as "we" at the start of a clause (a
// communiqué's numbered paragraphs), or says a joint one is issued, or that the meeting or its
// parties together issue or adopt one ("与会外长…通过以下公报").
const ZH_WE = /(?:^|[\n，。、：,:])\s*我[们們]/mu;
const ZH_ISSUES =
  /(?:[发發]表|通[过過])[^，。；！？,;]{0,8}?(?:[联聯]合|共同)[^，。；！？,;]{0,4}?(?:[声聲]明|公[报報]|宣言)/u;
// "各方…共同声明如下" (the parties jointly declare as follows), "现声明如下", "各方共同宣布:", or a
// title that is one.
const ZH_DECLARES =
  /(?:[声聲]明|宣布)如下|(?:共同|[联聯]合)(?:[声聲]明|宣布)[:：]|^[^\n]{0,60}(?:[联聯]合[声聲]明|公[报報]|宣言)[!！。]?\s*$/mu;
const ZH_TOGETHER_ISSUE =
  /(?:各方|[与與][会會]|[会會][议議]|[会會]晤|外[长長]们|外[長长]們)[^。；！？;]{0,16}?(?:[发發]表|通[过過])[^，。；！？,;]{0,8}?(?:[声聲]明|公[报報]|宣言)/u;

/**
 * Whether a run of names is a statement's signers, by the words around it in its sentence.
 * `statementText` says the whole text is or names a statement; `next` is where the sentence's
 * next name starts, which ends what may follow the run.
 */
export function isSignerRun(
  sentence: string,
  run: StateMention[],
  options: {
    language: ScriptLanguage;
    statementText: boolean;
    mentionsStatement: boolean;
    opening: boolean;
    next?: number;
  },
): boolean {
  const first = run[0];
  const last = run[run.length - 1];
  if (!first || !last) return false;
  // "阿富汗问题…联合声明": a state a noun governs is the subject, whatever follows.
  if (run.every((m) => m.governed)) return false;
  const before = sentence.slice(0, first.start);
  const after = sentence
    .slice(last.end, options.next ?? sentence.length)
    .replace(LATIN_BRACKET, '');
  if (options.language === 'zh') {
    // "《中英聯合聲明》": states abbreviated to one character in a text's title name an earlier text.
    if (/[《「『“][^》」』”]*$/u.test(before) && run.every((m) => m.end - m.start === 1))
      return false;
    // "澳洲、印度、南韓與南非則獲邀出席部份會議": guests the meeting invited.
    if (ZH_INVITED_AFTER.test(after)) return false;
    if (run.length >= 2 && ZH_HEREINAFTER_PARTIES.test(after)) return true;
    if (ZH_OTHER_TEXTS_BEFORE.test(before)) return false;
    if (ZH_AMONG_SIGNERS.test(before) && ZH_CLAUSE_START.test(before)) return true;
    if (ZH_SIGNED_ON_AFTER.test(after)) return true;
    if (ZH_BEFORE.test(before) || ZH_SIGNED_INCLUDING.test(before) || ZH_SIGNERS_ARE.test(before))
      return true;
    if (ZH_OBJECT.test(before)) return false;
    if (ZH_NOT_SIGNED.test(after) || ZH_OTHER_TEXT.test(after) || ZH_OPPOSES.test(after))
      return false;
    if (ZH_OTHER_BEFORE.test(before) || ZH_ONCE_AFTER.test(after)) return false;
    if (run.length >= 2 && ZH_BEHALF_BEFORE.test(before) && ZH_SPEAKS.test(sentence)) return true;
    if (ZH_RESPONDS_AFTER.test(after)) return false;
    if (/由\s*$/u.test(before) && ZH_ISSUED_BY_RUN.test(sentence.slice(last.end))) return true;
    if (ZH_AFTER.test(after) && !(run.length === 1 && ZH_OWN_STATEMENT.test(after))) return true;
    if (run.length >= 2 && ZH_TOTAL_AFTER.test(after)) return true;
    // The issue may name states of its own: the rest of the sentence, past the next run.
    if (ZH_ON_ISSUE_AFTER.test(sentence.slice(last.end)) && run.length >= 2) return true;
    if (ZH_JOINTLY_AFTER_COMMA.test(after) && run.length >= 2) return true;
    if (ZH_SUPPORT_AFTER.test(after) && run.length >= 2 && options.mentionsStatement) return true;
    const counted = ZH_COUNTED_AFTER.exec(after)?.[1];
    const sameCount = counted !== undefined && zhCount(counted) === run.length;
    const present = ZH_ATTENDED_BEFORE.test(before);
    // "美國、日本與南韓三國外長今天重申…" over a story of "聲明" the three issued; "与会的有…"
    // at a summit whose "宣言" the story names.
    if ((sameCount || present) && run.length >= 2 && options.mentionsStatement) return true;
    const attended = ZH_MEETING.test(after) || present || sameCount;
    return options.statementText && run.length >= 2 && attended;
  }
  if (first.governed) return false;
  // "بجهود الوساطة التي بذلتها مصر وقطر": who made the efforts a statement praises.
  if (AR_RELATIVE_AGENT.test(before)) return false;
  if (AR_AFTER.test(after) || AR_BEFORE.test(before) || AR_STANCE_ROLE.test(before)) return true;
  // The list's "and" ends what stands before it, or starts its first name ("ومصر"); a run of
  // two or more, since an office ("وزير الخارجية الفرنسي") starts with the letter too.
  const joined =
    /\sو\s*$/u.test(before) || (/\s$/u.test(before) && sentence.startsWith('و', first.start));
  if (run.length >= 2 && joined && AR_FROM_AND.test(before)) return true;
  if (AR_AFTER_COMMA.test(after) && !AR_GOVERNED.test(before)) return true;
  // "قمة … ضمت قادة الولايات المتحدة الأمريكية وقادة ثماني دول": one state of a meeting's
  // parties, beside others only counted, is no signer by that.
  const oneAtMeeting = run.length < 2 && AR_GATHERED_ROLE.test(before);
  if (AR_ROLE_ONLY.test(before) && (options.statementText || options.opening) && !oneAtMeeting)
    return true;
  if (AR_MEMBERS_BEFORE.test(before) && options.statementText) return true;
  if (AR_ATTENDED_BEFORE.test(before) && (options.statementText || AR_TAKES_STANCE.test(sentence)))
    return true;
  return (
    options.statementText &&
    run.length >= 3 &&
    AR_ROLE_EARLIER.test(before) &&
    !AR_GOVERNED.test(before)
  );
}

/** Whether a text is or names a statement: in Chinese, one it speaks as or says is issued. */
export const namesStatement = (text: string, language: ScriptLanguage) =>
  language === 'ar'
    ? AR_ANY_STATEMENT.test(text)
    : [ZH_WE, ZH_ISSUES, ZH_DECLARES, ZH_TOGETHER_ISSUE].some((cue) => cue.test(text));

/** Whether an Arabic or Chinese sentence signs, issues or names a statement. */
export const speaksOfStatement = (sentence: string, language: ScriptLanguage): boolean =>
  language === 'ar'
    ? new RegExp(`${B}(?:[وف]?${AR_VERB}|${AR_BEHALF})`, 'u').test(sentence) ||
      AR_ANY_STATEMENT.test(sentence)
    : // "發表由「26個政府領導人堅定支持」的挺烏共識": an issued consensus text too.
      /[声聲]明|公[报報]|宣言|[签簽][署订訂]|[发發]表[^。；！？]{0,30}?共[识識]/u.test(sentence);
