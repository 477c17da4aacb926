import { stateOfCapital } from '../resolve/capitals';
import type { TextLanguage } from '../resolve/country-names';
import type { Analysed } from './analysed';
import { evidenceIn, wholeSentence } from './analysed';
import { BREADCRUMB, FURNITURE, headlineLine, inlineTeaser, storyLines } from './body-lines';
import { statedParties } from './bilateral-parties';
import { resolveBlocs } from './bloc-members';
import { countedParties, groupSize, lateralParties, namesTwoParties, statedCount } from './counts';
import { DECLARATION_NOUN } from './cues';
import { readDeclarations } from './declaration';
import type { Context } from './declaration';
import { absoluteDate } from './dates';
import { textLanguage } from './language';
import {
  countLeads,
  findEnumerations,
  hostLeads,
  oneOfCounted,
  representationLists,
} from './enumerations';
import { settleKorea } from './korea';
import { NATIONAL_HEADING } from './list-cues';
import { withLowercaseStates } from './lowercase-states';
import { publisherState, withOfficeStates } from './office-states';
import { readInput } from './read-input';
import { scoreLists } from './score-lists';
import { extractScriptText } from './script-extract';
import { scriptLanguage } from './script-language';
import { sentenceItems } from './sentence-items';
import { assertSentenceLengths } from './sentence-length';
import { splitSentences } from './sentences';
import { signerLists } from './signers';
import {
  dateline,
  isParagraph,
  publicationLine,
  publisherLine,
  textLines,
  urlLine,
} from './source-facts';
import type { ExtractedSource, Extraction, TextFormat } from './types';

function sourceOf(
  meta: ReturnType<typeof readInput>['meta'],
  options: { lines: ReturnType<typeof textLines>; headline: number; language: TextLanguage },
): ExtractedSource {
  const { lines, headline, language } = options;
  const published = meta.published ? absoluteDate(meta.published, language) : null;
  return {
    title: meta.title ?? lines[headline]?.text ?? null,
    publisher: meta.publisher ?? publisherLine(lines),
    url: meta.url ?? urlLine(lines),
    publishedOn: published ?? publicationLine(lines, { headline, language }),
  };
}

// A heading near the top that names one state as the statement's only author.
function nationalAuthor(all: Analysed[], headline: number): string | null {
  for (const a of all.filter((x) => x.sentence.line <= Math.max(headline, 0) + 2)) {
    const states = new Set(
      a.items.flatMap((i) => (i.kind === 'state' ? (i.mention?.ids ?? []) : [])),
    );
    const [only] = states;
    if (only && states.size === 1 && NATIONAL_HEADING.test(a.sentence.text)) return only;
  }
  return null;
}

// The headline names a statement or communiqué ("Joint Communiqué", "Erklärung der
// Außenminister"), or the story a joint one ("selon une déclaration commune").
const JOINT_TEXT =
  /(?<![\p{L}])(?:joint\s+(?:statement|declaration|communiqu[eé]|press\s+release)|déclaration\s+(?:commune|conjointe)|communiqué\s+(?:commun|conjoint)|declaraci[oó]n\s+conjunta|comunicado\s+conjunto|dichiarazione\s+congiunta|comunicato\s+congiunto|declaração\s+conjunta|gemeinsame\p{L}*\s+(?:\p{L}+)?erklärung|совместн\p{L}+\s+(?:заявлени|коммюнике|деклараци)\p{L}*)/iu;
const isJointText = (all: Analysed[], headline: number, story: Analysed[]) =>
  all.some((a) => a.sentence.line === headline && DECLARATION_NOUN.test(a.sentence.text)) ||
  story.some((a) => JOINT_TEXT.test(a.sentence.text));

/**
 * The declarations a press release or news report describes, with every fact's evidence, and
 * what it says about itself as a source. Nothing is guessed: a state counts as a signatory only
 * in a list the text ties to signing; a relative date needs a publication date.
 */
export function extractFromText(
  text: string,
  options: { file: string; format: TextFormat },
): Extraction {
  const { plain, meta } = readInput(text, options.format);
  // Arabic and Chinese write no capitals and Chinese no spaces: they have a reader of their own.
  const script = scriptLanguage(plain.text);
  if (script) {
    // The first line of a few letters: a page's "-", "***", "快訊" or "首页 > 正文" above the
    // headline is no title.
    const title =
      meta.title ??
      plain.text
        .split('\n')
        .find((l) => (l.match(/\p{L}/gu) ?? []).length >= 4 && !BREADCRUMB.test(l))
        ?.trim() ??
      null;
    const source = {
      title,
      publisher: meta.publisher ?? null,
      url: meta.url ?? null,
      publishedOn: null,
    };
    return extractScriptText(plain, { file: options.file, language: script, source });
  }
  const language = textLanguage(plain.text);
  const languages = new Set<TextLanguage>(['en', language]);
  const lines = textLines(plain.text);
  const headline = headlineLine(lines, { title: meta.title, language });
  const story = storyLines(lines, headline);
  const source = sourceOf(meta, { lines, headline, language });
  const firstParagraph = lines.find((l) => story.has(l.index) && isParagraph(l));
  const opening =
    firstParagraph && dateline(firstParagraph.text, { language, reference: source.publishedOn });
  if (!source.publisher && opening?.agency) source.publisher = opening.agency;
  // Every sentence is read once; the cue reader keeps to the story, the list finder reads all.
  const sentences = splitSentences(plain.text);
  assertSentenceLengths(sentences);
  // Whose titles "the Foreign Secretary" and "the Federal Chancellor" are: the publisher's, by
  // its address, else the state whose capital the dateline gives ("NEW DELHI (PTI) -").
  const home =
    publisherState(source.url) ?? (opening?.place ? (stateOfCapital(opening.place) ?? null) : null);
  const itemsOf = sentences.map((sentence) =>
    withOfficeStates(
      withLowercaseStates(sentenceItems(plain.text, sentence, languages), sentence),
      sentence,
      { home, language },
    ),
  );
  settleKorea(itemsOf);
  resolveBlocs(sentences, itemsOf);
  const all = sentences.map((sentence, i): Analysed => {
    const items = itemsOf[i] ?? [];
    const lists = story.has(sentence.line) ? signerLists(sentence.text, items) : [];
    return { sentence, items, lists, at: evidenceIn(plain, sentence) };
  });
  const analysed = all.filter((a) => story.has(a.sentence.line));
  const lists = scoreLists(findEnumerations(plain.text, all), {
    text: plain.text,
    analysed: all,
    headline,
    opening: firstParagraph?.index ?? -1,
    // "Share:" above the story's first paragraph is its toolbar, not the end of the story.
    furniture: lines
      .filter((l) => FURNITURE.test(l.text) && l.index > (firstParagraph?.index ?? -1))
      .filter((l) => !inlineTeaser(lines, l))
      .map((l) => l.index),
    counts: [
      ...all.flatMap((a) => statedCount(a.sentence.text)?.count ?? []),
      // A joint text that speaks of "the two countries" counts its two parties.
      // Not when it counts more: "The three countries added …" beside "both countries" they
      // help.
      ...(isJointText(all, headline, analysed) &&
      analysed.some((a) => namesTwoParties(a.sentence.text)) &&
      (statedParties(analysed) ?? 2) === 2
        ? [2]
        : []),
      ...all.flatMap((a) => lateralParties(a.sentence.text) ?? []),
      ...all.flatMap((a) => groupSize(a.sentence.text) ?? []),
      // "a joint communiqué of the ministers of the three countries" counts its parties.
      ...analysed.flatMap((a) => countedParties(a.sentence.text, (t) => JOINT_TEXT.test(t)) ?? []),
    ],
    author: nationalAuthor(all, headline),
    leads: [...countLeads(all), ...hostLeads(all)],
    oneOf: oneOfCounted(all),
    represented: representationLists(all),
  });
  const context: Context = {
    headline,
    language,
    source,
    datelineDate: opening?.date ?? null,
    firstParagraph: firstParagraph?.index ?? -1,
    text: plain.text,
    all,
    lists,
  };
  const readings = readDeclarations(context, analysed);
  const declarations = readings.flatMap((r) => (r.declaration ? [r.declaration] : []));
  const warnings = readings.flatMap((r) => r.warnings);
  for (const d of declarations.filter((x) => x.needsReview)) {
    warnings.push({
      message: `"${d.title ?? 'untitled'}" needs review (confidence ${d.confidence}): an import does not write it. ${d.reasons.join('; ')}`,
      evidence: d.evidence,
    });
  }
  if (declarations.length === 0) {
    warnings.push({ message: `${options.file}: no declaration found`, evidence: null });
    // Never silent: a list of states the reader did not take is shown with why.
    for (const s of lists.filter((x) => x.list.members.length >= 3)) {
      const a = all[s.list.members[0]?.sentence ?? -1];
      warnings.push({
        message: `a list of ${s.list.members.length} names was not taken (score ${s.score}: ${s.reasons.join('; ') || 'nothing ties it to signing'})`,
        evidence: a ? wholeSentence(a) : null,
      });
    }
  }
  return {
    declarations,
    source,
    unresolved: readings.flatMap((r) => r.unresolved),
    warnings,
  };
}
