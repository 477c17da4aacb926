import type { Enumeration } from './enumerations';

// "Déclaration commune Canada-Mexique-États-Unis", "Declaración conjunta Argentina–Chile",
// "Joint Statement Japan-Philippines": the kind of text, then its parties joined by dashes.
const JOINT_NOUN =
  /(?<![\p{L}])(?:joint\s+(?:leaders['’]?\s+)?(?:statement|declaration|communiqu[eé])|déclaration\s+(?:commune|conjointe)|communiqué\s+(?:commun|conjoint)|declaraci[oó]n\s+conjunta|comunicado\s+conjunto|gemeinsame\s+(?:Presse)?erklärung|совместное\s+(?:заявление|коммюнике))\s*$/iu;
const DASH = /^\s*[-–—/]\s*$/u;

/**
 * The weight of a list that names a joint text's parties in its title, joined by dashes right
 * after the kind of text; undefined for any other list.
 */
export function dashedTitle(
  lead: string,
  list: Enumeration,
  text: string,
): [number, string] | undefined {
  const joint = JOINT_NOUN.exec(lead);
  if (!joint) return undefined;
  const dashed = list.members
    .slice(1)
    .every((m, i) => DASH.test(text.slice(list.members[i]?.end ?? m.start, m.start)));
  return dashed ? [4, `the parties of '${joint[0].trim()}', joined by dashes`] : undefined;
}
