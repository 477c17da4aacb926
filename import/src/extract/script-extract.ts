import { arabicStates } from './arabic-names';
import { arabicOfficeStates } from './arabic-office-nisba';
import { arabicStayedOut } from './arabic-stayed-out';
import { chineseStayedOut } from './chinese-stayed-out';
import { chineseStates, withTraditional } from './chinese-names';
import { originalRange } from './plain-text';
import type { PlainText } from './plain-text';
import { chineseNumber, scriptDates, statedStateCount } from './script-dates';
import type { ScriptLanguage } from './script-language';
import type { StateMention } from './script-names';
import { joinedGroups, scriptGroup } from './script-groups';
import {
  chinaLeaderBefore,
  AR_BESIDES,
  AR_GOES_ON,
  isSignerRun,
  nameRuns,
  namesStatement,
  scriptSentences,
  speaksOfStatement,
} from './script-signers';
import { everMembers, membersAsCounted, membersOn } from '../resolve/group-members';
import { countryName } from '../resolve/country-names';
import type { GroupMembers } from '../resolve/group-members';
import type { Evidence, ExtractedDeclaration, ExtractedSource, Extraction } from './types';

// "11國以聯名方式致函", "共同具名的11國": a text the states put their names to together.
const ZH_COSIGNED = /[联聯]名|[联聯]署|具名|共同[签簽]署/u;

// "批驳", "驳斥", "谴责", "回应": who rebuts, condemns or answers the group's text is not in it.
// "在第17次中国—东盟领导人会议上", "借上周的G20峰会": an earlier meeting of the group.
const ZH_AT_MEETING =
  /(?:在第?[\d一二三四五六七八九十]+[次届屆][^，。；！？]{0,12}|(?:上周|上週|上月|去年|此前|之前)的?)$/u;
// "内容与20国集团(G20)上周在印尼峰会结束后发表的宣言完全相同": the group whose text another is
// the same as.
const ZH_COMPARED = /[与與和同]\s*(?:[^，。；！？\s]{1,12}[（(])?\s*$/u;
const ZH_SAME_AFTER = /^[^。；！？]{0,40}?(?:相同|一样|一樣|一致|相似)/u;
const ZH_REBUTS =
  /(?:批驳|批駁|驳斥|駁斥|反驳|反駁|谴责|譴責|抨击|抨擊|回应|回應|反对|反對)[^，。；！？,;]{0,20}$/u;

// Arabic names a state also by an office and its nisba; a name inside such a mention is its own.
function statesIn(text: string, language: ScriptLanguage, context?: string): StateMention[] {
  if (language === 'zh') return chineseStates(text, context);
  const offices = arabicOfficeStates(text);
  const names = arabicStates(text).filter(
    (n) => !offices.some((o) => n.start < o.end && o.start < n.end),
  );
  return [...names, ...offices].sort((a, b) => a.start - b.start);
}

/**
 * A state joined to a group's name right before it, by "+" or "and": "中国+中亚五国" is China
 * and the five, and so is "中国和阿拉伯国家" the title of their joint statement.
 */
function partnerBefore(sentence: string, groupStart: number, language: ScriptLanguage): string[] {
  const joined = /(?:[+＋]|[和与與])\s*["“「『]?$/u.exec(sentence.slice(0, groupStart));
  if (!joined) return [];
  const partner = statesIn(sentence, language).find((m) => m.end === joined.index);
  return partner ? [partner.code] : [];
}

// "وورد ذلك في بيان", "جاء ذلك في بيان مشترك": this came in a statement.
const AR_CAME_IN_STATEMENT =
  /^\s*[وف]?(?:ورد|جاء|جاءت)\s+(?:ذلك|هذا|ذلك\s+كله)\s+(?:في|خلال)\s+(?:ال)?(?:بيان|إعلان|كلمة)/u;

// "وفي بيان مشترك، أكد وزراء خارجية الدول الأربع": the states the story counted, by their count.
// "وأضافت الدول الأربع": as the subject of what they said, or by their ministers or leaders; "يُذكر
// أن الدول العشر المنتخبة … هي": named in a note on who they are; not "مع الأشقاء في الدول
// الثلاث", those the speakers met.
const AR_COUNTED_STATES =
  /(?<![\u0621-\u064a])(?:وزراء\s+خارجية|قادة|رؤساء|حكومات|سفراء|(?:يذكر|يُذكر)\s+أن|[وف]?(?:أكدت|أضافت|قالت|شددت|دعت|أعلنت|طالبت|أدانت|رحبت|أعربت|جددت))\s+(?:ال)?دول\s+(?:ال)?(ثلاث|أربع|خمس|ست|سبع|ثماني|تسع|عشر)(?![\u0621-\u064a])/u;
const AR_COUNTS: Record<string, number> = {
  ثلاث: 3,
  أربع: 4,
  خمس: 5,
  ست: 6,
  سبع: 7,
  ثماني: 8,
  تسع: 9,
  عشر: 10,
};

// "澳大利亚、加拿大、日本等22个…成员国共同签署了一封信": a run that leads a count and signs "a"
// letter, another text.
const ZH_LEADS_COUNT =
  /^\s*等\s*(\d+|[一二三四五六七八九两兩十]+)[^。；！？]*?(?:[签簽]署|[发發]表|[联聯]名|[发發]出)了?一[封份项項篇]/u;

const AR_BESIDES_OPENING = new RegExp(`^\\s*[وف]?${AR_BESIDES}\\s+$`, 'u');
const ZH_MEMBERS_COUNT = /(\d{1,3}|[一二三四五六七八九十]+)\s*[个個]?成[员員][国國]/gu;
const ZH_EXCEPT = /除([^，。；]{1,20}?)(?:以外|之外|外)/gu;
const AR_TITLE_ON = /(?:ال)?بيان\s+(?:ال)?ختامي/u;
const ZH_SUMMIT_AFTER =
  /^[”"』」]?(?:成员国|成員國|国家|國家)?(?:\([^()]{1,12}\)|（[^（）]{1,12}）)?峰[会會]/u;

/**
 * The declaration an Arabic or Chinese statement makes: the states of every list its words tie
 * to the statement (see script-signers), with the first full date and any stated count.
 */
export function extractScriptText(
  plain: PlainText,
  options: { file: string; language: ScriptLanguage; source: ExtractedSource },
): Extraction {
  const { language } = options;
  const evidence = (
    sentence: { start: number; end: number; text: string },
    m?: { start: number; end: number },
  ) => {
    const [sentenceStart, sentenceEnd] = originalRange(plain, sentence.start, sentence.end);
    const [start, end] = m
      ? originalRange(plain, sentence.start + m.start, sentence.start + m.end)
      : [sentenceStart, sentenceEnd];
    return { sentence: sentence.text, start, end, sentenceStart, sentenceEnd } satisfies Evidence;
  };
  const sentences = scriptSentences(plain.text);
  const statementText = namesStatement(plain.text, language);
  const mentionsStatement = sentences.some((s) => speaksOfStatement(s.text, language));
  const signers = new Map<string, Evidence>();
  const expectedCount =
    sentences.map((s) => statedStateCount(s.text, language)).find((n) => n !== null) ?? null;
  let cue: Evidence | undefined;
  const runsTaken: string[][] = [];
  const runsOf = sentences.map((sentence) =>
    nameRuns(sentence.text, statesIn(sentence.text, language, plain.text), language),
  );
  // The text's opening: its first sentence, or the first that lists states ("عاجل" over a
  // headline, then "اجتمع … وزراء خارجية كل من: …").
  const firstList = runsOf.findIndex((runs) => runs.some((run) => run.length >= 2));
  // "طالبت الإمارات والسعودية ومصر والولايات المتحدة …" over "وفي بيان مشترك، أكد وزراء خارجية
  // الدول الأربع": the first run of as many states as the text's statement counts.
  const countedStates =
    language === 'ar' && mentionsStatement
      ? sentences
          .map((s) => AR_COUNTED_STATES.exec(s.text)?.[1])
          .map((word) => (word ? AR_COUNTS[word] : undefined))
          .find((n) => n !== undefined)
      : undefined;
  const everyRun = runsOf.flatMap((runs, i) =>
    runs.map((run) => ({ run, sentence: sentences[i] })),
  );
  const countedRun = everyRun.find(({ run }) => run.length === countedStates);
  // "代表美國、英國、法國、日本等39個國家" over "以阿爾巴尼亞、…及德國共39國的名義": the run that
  // names as many states as the text counts, beside a partial one.
  const wholeRun =
    language === 'zh' && expectedCount !== null && expectedCount >= 3
      ? everyRun.find(({ run }) => new Set(run.map((m) => m.code)).size === expectedCount)
      : undefined;
  sentences.forEach((sentence, i) => {
    const runs = runsOf[i] ?? [];
    let takenEnd: number | undefined;
    runs.forEach((run, r) => {
      const next = runs[r + 1]?.[0]?.start;
      const reading = {
        language,
        statementText,
        mentionsStatement,
        opening: i === 0 || i === firstList,
        next,
      };
      const gap = takenEnd === undefined ? undefined : sentence.text.slice(takenEnd, run[0]?.start);
      // "…جو بايدن وقادة دول مجلس التعاون الخليجي والأردن ومصر": a group's leaders between two
      // runs of one list.
      const viaGroup =
        gap !== undefined && gap.length < 80 && scriptGroup(gap, 'ar', true) !== undefined;
      const goesOn = language === 'ar' && gap !== undefined && (AR_GOES_ON.test(gap) || viaGroup);
      if (!goesOn && !isSignerRun(sentence.text, run, reading)) return;
      // "俄罗斯等37国联名致信" over "…等22个…成员国共同签署了一封信": another count, another text.
      const led =
        language === 'zh' ? ZH_LEADS_COUNT.exec(sentence.text.slice(run.at(-1)?.end)) : null;
      const count = led?.[1] ? statedStateCount(`${led[1]}国`, 'zh') : null;
      if (expectedCount !== null && count !== null && count !== expectedCount) return;
      cue ??= evidence(sentence);
      const before = sentence.text.slice(0, run[0]?.start);
      if (language === 'zh' && chinaLeaderBefore(before) && !signers.has('CHN')) {
        signers.set('CHN', evidence(sentence));
      }
      for (const m of run) if (!signers.has(m.code)) signers.set(m.code, evidence(sentence, m));
      runsTaken.push(run.map((m) => m.code));
      takenEnd = run[run.length - 1]?.end;
    });
    // "وإلى جانب المغرب، سجل المؤتمر مشاركة كل من …": the state a taken list is besides.
    const head = runs[0]?.length === 1 ? runs[0][0] : undefined;
    if (
      language === 'ar' &&
      head &&
      takenEnd !== undefined &&
      takenEnd > head.end &&
      AR_BESIDES_OPENING.test(sentence.text.slice(0, head.start)) &&
      /^\s*[،,]/u.test(sentence.text.slice(head.end)) &&
      !signers.has(head.code)
    )
      signers.set(head.code, evidence(sentence, head));
  });
  const cosigned = language === 'zh' && ZH_COSIGNED.test(plain.text);
  if (
    wholeRun?.sentence &&
    (runsTaken.length > 0 || mentionsStatement || statementText || cosigned)
  ) {
    const { run, sentence } = wholeRun;
    cue ??= evidence(sentence);
    for (const m of run) if (!signers.has(m.code)) signers.set(m.code, evidence(sentence, m));
    runsTaken.push(run.map((m) => m.code));
  }
  // The counted states, when no list of the text was read as its signers.
  if (countedRun?.sentence && !runsTaken.some((run) => run.length >= 2)) {
    const { run, sentence } = countedRun;
    cue ??= evidence(sentence);
    for (const m of run) if (!signers.has(m.code)) signers.set(m.code, evidence(sentence, m));
    runsTaken.push(run.map((m) => m.code));
  }
  // A group that signs or issues a statement in its own name stands for its members on the
  // statement's date ("ووقع قادة مجلس التعاون … بيان العلا", "金砖国家领导人发表联合声明").
  const adoptedOn = scriptDates(plain.text, language)[0] ?? null;
  const warnings: Extraction['warnings'] = [];
  const countOf = (group: GroupMembers) => {
    const names = (group.names ?? []).flatMap(withTraditional);
    for (const m of plain.text.matchAll(ZH_MEMBERS_COUNT)) {
      const before = plain.text.slice(Math.max(0, m.index - 20), m.index);
      const n = m[1] === undefined ? null : chineseNumber(m[1]);
      if (n !== null && names.some((name) => before.endsWith(name))) return n;
    }
    return undefined;
  };
  for (const [k, line] of sentences.entries()) {
    // "البيان الختامي للدورة السادسة والعشرين" over "للمجلس الأعلى لمجلس التعاون …": a title
    // that goes on to the next line, ل first.
    const next = sentences[k + 1];
    const sentence =
      language === 'ar' && next && AR_TITLE_ON.test(line.text) && /^\s*ل/u.test(next.text)
        ? { ...line, text: plain.text.slice(line.start, next.end), end: next.end }
        : line;
    // In a text that is or names a statement, the group's ministers or leaders are its parties
    // ("主持“中国+中亚五国”外长第二次会晤" … "共发表了3份联合声明"). "طالبت دول مجلس التعاون …
    // وورد ذلك في بيان": what the next sentence says came in a statement is that statement's.
    const inStatement =
      language === 'ar' && AR_CAME_IN_STATEMENT.test(sentences[k + 1]?.text ?? '');
    const found =
      speaksOfStatement(sentence.text, language) || inStatement
        ? scriptGroup(sentence.text, language)
        : statementText
          ? scriptGroup(sentence.text, language, true)
          : undefined;
    if (!found) continue;
    // "批驳七国集团及欧盟外长的涉台声明": a group whose statement the sentence rebuts.
    if (language === 'zh' && ZH_REBUTS.test(sentence.text.slice(0, found.start))) continue;
    // "在第17次中国—东盟领导人会议上": an earlier meeting of the group, where something was said.
    if (language === 'zh' && ZH_AT_MEETING.test(sentence.text.slice(0, found.start))) continue;
    if (
      language === 'zh' &&
      ZH_COMPARED.test(sentence.text.slice(0, found.start)) &&
      ZH_SAME_AFTER.test(sentence.text.slice(found.end))
    )
      continue;
    // "除匈牙利以外的26國": all the members but the one the sentence excepts.
    const excepted = new Set(
      language === 'zh'
        ? [...sentence.text.matchAll(ZH_EXCEPT)].flatMap((m) =>
            statesIn(m[1] ?? '', language).map((state) => state.code),
          )
        : [],
    );
    const groups = [found, ...joinedGroups(sentence.text, found.end, language)];
    // "东盟10个成员国", undated: the group when it had as many members.
    const { day, when } = membersAsCounted(
      found.group,
      adoptedOn,
      adoptedOn === null && groups.length === 1 ? countOf(found.group) : undefined,
    );
    const members = [...new Set(groups.flatMap((g) => membersOn(g.group, day)))].filter(
      (code) => !excepted.has(code),
    );
    // "在俄罗斯圣彼得堡召开G20峰会的机会" beside "德国、丹麦、罗马尼亚…" who signed: a text of the
    // summit that fewer than its members, and a list of mostly others, signed.
    const summit = ZH_SUMMIT_AFTER.test(sentence.text.slice(found.end));
    const ever = everMembers(found.group);
    const others = runsTaken.some(
      (run) =>
        run.length >= 3 && run.filter((code) => !ever.includes(code)).length * 2 > run.length,
    );
    if (summit && (others || (expectedCount !== null && expectedCount < members.length))) continue;
    const at = evidence(sentence, found);
    cue ??= at;
    for (const code of [...partnerBefore(sentence.text, found.start, language), ...members]) {
      if (!signers.has(code)) signers.set(code, at);
    }
    warnings.push({
      message: `"${sentence.text.slice(found.start, groups.at(-1)?.end ?? found.end)}" names no state: read as its ${members.length} members ${when} from import/reference/group-members.yaml`,
      evidence: at,
    });
  }
  // "والهند ترفض البيان", "匈牙利没有加入这份声明": a member that rejects its group's statement
  // signed none of it.
  const stayedOut = language === 'ar' ? arabicStayedOut : chineseStayedOut;
  {
    for (const sentence of sentences) {
      const states = statesIn(sentence.text, language, plain.text);
      for (const code of stayedOut(sentence.text, states)) {
        if (!signers.delete(code)) continue;
        warnings.push({
          message: `left out ${countryName(code)}: the text says it rejected or stayed out of the statement`,
          evidence: evidence(sentence),
        });
      }
    }
  }
  if (!cue) {
    return {
      declarations: [],
      source: options.source,
      unresolved: [],
      warnings: [{ message: `${options.file}: no declaration found`, evidence: null }],
    };
  }
  const declaration: ExtractedDeclaration = {
    title: options.source.title,
    adoptedOn,
    occasion: null,
    group: null,
    signatories: [...signers].map(([code, at]) => ({
      code,
      name: countryName(code),
      evidence: at,
    })),
    nonStateSignatories: [],
    references: [],
    organizations: [],
    partial: expectedCount !== null && expectedCount > signers.size,
    expectedCount,
    evidence: cue,
    confidence: 0.8,
    reasons: ['states listed next to a statement, signing or signer cue'],
    needsReview: false,
  };
  return { declarations: [declaration], source: options.source, unresolved: [], warnings };
}
