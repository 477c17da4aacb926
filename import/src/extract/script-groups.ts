import { groupNamed, memberGroups } from '../resolve/group-members';
import type { GroupMembers } from '../resolve/group-members';
import { withTraditional } from './chinese-names';
import type { ScriptLanguage } from './script-language';

const SCRIPT: Record<ScriptLanguage, RegExp> = {
  ar: /\p{Script=Arabic}/u,
  zh: /\p{Script=Han}/u,
};

const LATIN_NAME = /^[A-Z][A-Z0-9+-]{1,7}$/;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A group a sentence names, with where its name stands. */
export type NamedGroup = { group: GroupMembers; start: number; end: number };

const patterns = new Map<string, RegExp>();

// A group's name as the text spells it (traditional characters too) → its name in the yaml.
const yamlNames = new Map<string, string>();

const alternations = new Map<ScriptLanguage, string>();

// The names of the groups a language's texts write, longest first, as one alternation.
function groupNames(language: ScriptLanguage): string {
  const known = alternations.get(language);
  if (known) return known;
  const spellings = memberGroups()
    .flatMap((g) => g.names ?? [])
    // Chinese text writes many groups in Latin letters: "G7外長", "BRICS峰会".
    .filter((n) => SCRIPT[language].test(n) || (language === 'zh' && LATIN_NAME.test(n)))
    // "البيان الختامي للقمة العربية": ل before the article drops its alif. "دول اعلان دمشق":
    // many papers leave the hamza off an alif.
    .flatMap((n) =>
      (language === 'zh'
        ? withTraditional(n)
        : [...new Set([n, n.replace(/[أإآ]/gu, 'ا')])].flatMap((v) =>
            v.startsWith('ال') ? [v, `لل${v.slice(2)}`] : [v],
          )
      ).map((v) => [v, n] as const),
    );
  for (const [variant, name] of spellings) yamlNames.set(variant, name);
  const names = spellings
    .map(([variant]) => variant)
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');
  alternations.set(language, names);
  return names;
}

// Arabic puts who speaks for the group before its name ("قادة مجلس التعاون", "وزراء خارجية دول
// مجموعة السبع"); Chinese after it ("金砖国家领导人", "上海合作组织成员国外长", "东盟峰会").
function pattern(language: ScriptLanguage, withRole: boolean): RegExp {
  const known = patterns.get(`${language} ${withRole}`);
  if (known) return known;
  const names = groupNames(language);
  const made =
    language === 'ar'
      ? new RegExp(
          // "الدول الموقّعة على «إعلان دمشق»": the states that signed the text the group is named after.
          // "نشرت منظمة شنغهاي للتعاون بيانًا": the group that issued the statement; "جددت القمة
          // العربية التأكيد": the group's summit taking a stand; "قمة الرياض التي جمعت مجلس التعاون":
          // the groups a summit brought together; "البيان الختامي للقمة العربية": its final
          // communiqué. "قادة 26 دولة من دول الاتحاد الأوروبي": some of its members, counted.
          // "أدانت قمة دول التحالف البوليفاري", "البيان الختامي لقمة الآلبا": the group's summit.
          `(?<![\\u0621-\\u064a])[وفل]?(?:قادة|زعماء|رؤساء|وزراء\\s+(?:ال)?خارجية|نشرت|نشر|أصدرت|أصدر|(?:(?:التي|الذي)\\s+)?(?:جمعت|جمع)|(?:ال)?بيان\\s+(?:ال)?ختامي|(?:جد\\u0651?د|أك\\u0651?د|شد\\u0651?د|رفض|أدان|رح\\u0651?ب|طالب)ت?${withRole ? '' : '|(?:ال)?دول(?:\\s+(?:ال)?موق\\u0651?عة\\s+على)?'})\\s+(?:(?:\\d{1,3}|[\\u0660-\\u0669]{1,3})\\s+دولة\\s+من\\s+)?(?:قمة\\s+)?(?:دول\\s+)?[«"]?(${names})[»"]?(?![\\u0621-\\u064a])` +
            // "البيان الختامي للدورة السادسة والعشرين للمجلس الأعلى لمجلس التعاون": the final
            // communiqué of the group's session, ل before its name; "البيان الختامي الذي خرج به،
            // يوم السبت، اجتماع وزاري طارئ لجامعة الدول العربية": a clause between.
            `|(?<![\\u0621-\\u064a])(?:ال)?بيان\\s+(?:ال)?ختامي(?:\\s*[،,]?\\s+[\\u0621-\\u0652]+){0,10}?\\s+ل(?:قمة\\s+(?:دول\\s+)?)?(${names})(?![\\u0621-\\u064a])`,
          'u',
        )
      : new RegExp(
          // "东盟与中日韩(10+3)外长会议": partners joined to the group before its ministers.
          // "歐盟27個成員國當中除匈牙利以外的26國": its members but one.
          // "《中国和阿拉伯国家关于巴勒斯坦问题的联合声明》": a party of the text's own title.
          // "欧盟26国领导人": its members counted; "歐盟領袖高峰會": its leaders' summit;
          // "中非合作論壇北京峰會": its summit in a city.
          `(${names})[”"』」]?(?:成员国|成員國|国家|國家|\\d{1,2}[个個]?(?:国|國))?(?:[与與和][^，。；、\\s]{1,8}?)?(?:\\([^()]{1,12}\\)|（[^（）]{1,12}）)?(?:[\\u4e00-\\u9fff]{2,3}(?=(?:高)?峰[会會]))?(?:领导人|領導人|领袖|領袖|外[长長]|(?:高)?峰[会會]|首[脑腦]|元首|(?=[关關][于於][^《》。；]{1,40}?[联聯]合[声聲]明》)|(?=\\d{1,2}[个個](?:成员国|成員國)[^，。；]{0,6}?除))`,
          'u',
        );
  patterns.set(`${language} ${withRole}`, made);
  return made;
}

/**
 * The group of group-members.yaml a sentence names as the signers' own ("قادة مجلس التعاون
 * لدول الخليج العربية", "金砖国家领导人"), with where its name stands in the sentence. `withRole`
 * asks for its leaders or ministers in Arabic too, not only its states ("دول مجلس التعاون").
 */
export function scriptGroup(
  sentence: string,
  language: ScriptLanguage,
  withRole = false,
): NamedGroup | undefined {
  const m = pattern(language, withRole).exec(sentence);
  const name = m?.[1] ?? m?.[2];
  // The leaders or verb before the name speak for the group: the EU's too.
  const group =
    name === undefined
      ? undefined
      : groupNamed({ name: yamlNames.get(name) ?? name, spokenFor: true });
  if (!m || !name || !group) return undefined;
  const start = m.index + m[0].lastIndexOf(name);
  return { group, start, end: start + name.length };
}

const joinedPatterns = new Map<ScriptLanguage, RegExp>();

/**
 * The groups joined to one a sentence names, right after its name: "قمة الرياض التي جمعت مجلس
 * التعاون الخليجي ودول رابطة الآسيان" is both groups' summit.
 */
export function joinedGroups(
  sentence: string,
  end: number,
  language: ScriptLanguage,
): NamedGroup[] {
  let joined = joinedPatterns.get(language);
  if (!joined) {
    const names = groupNames(language);
    joined =
      language === 'ar'
        ? // "وزراء خارجية دول مجلس التعاون ونظراؤهم في دول آسيا الوسطى": their counterparts too.
          new RegExp(
            `^\\s*و(?:(?:نظراؤهم|نظرائهم)\\s+(?:في|من)\\s+)?(?:دول\\s+)?[«"]?(${names})[»"]?(?![\\u0621-\\u064a])`,
            'u',
          )
        : new RegExp(`^(?:[与與和及]|以及)(${names})`, 'u');
    joinedPatterns.set(language, joined);
  }
  const found: NamedGroup[] = [];
  for (let at = end, m = joined.exec(sentence.slice(at)); m; m = joined.exec(sentence.slice(at))) {
    const name = m[1] ?? '';
    const group = groupNamed({ name: yamlNames.get(name) ?? name, spokenFor: true });
    if (!group) break;
    const start = at + m[0].indexOf(name);
    found.push({ group, start, end: start + name.length });
    at += m[0].length;
  }
  return found;
}
