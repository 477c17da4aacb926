import { slugify } from '@treatygraph/schema';
import type { NodeRow, RelationshipRow } from '@treatygraph/schema';
import type { Bloc } from './blocs';
import { dayOfYearStart, isoDay } from './dates';
import type { Random } from './random';
import { DECLARATION_FORMS, TOPICS } from './vocabulary';

/** One declaration and its SIGNED rows; `blocs` names the blocs its signatories come from. */
export type SyntheticDeclaration = {
  node: NodeRow;
  signatures: RelationshipRow[];
  blocs: string[];
};

// How many blocs a declaration is drawn from: mostly one, sometimes a cross-regional coalition.
const BLOC_COUNTS = [1, 1, 1, 1, 1, 1, 2, 2, 2, 3];

function signatoryCodes(options: { random: Random; blocs: Bloc[]; chosen: Bloc[] }): string[] {
  const { random, blocs, chosen } = options;
  const inChosen = new Set(chosen.flatMap((bloc) => bloc.codes));
  const core = [...inChosen].filter(() => random.chance(0.8));
  // Cross-bloc noise: a few states from elsewhere join.
  const others = blocs.flatMap((bloc) => bloc.codes).filter((code) => !inChosen.has(code));
  const noise = others.filter(() => random.chance(0.015));
  const codes = [...core, ...noise];
  // A declaration needs at least two states.
  while (codes.length < 2) {
    const code = random.pick(others.length > 0 ? others : [...inChosen]);
    if (!codes.includes(code)) codes.push(code);
  }
  return codes.sort();
}

/**
 * A declaration whose signatories follow the blocs: most of one to three blocs (large blocs
 * more often), plus a little noise from the rest.
 */
export function syntheticDeclaration(options: {
  random: Random;
  blocs: Bloc[];
  index: number;
  /** `date topic` pairs already taken; the new one is added. */
  taken: Set<string>;
}): SyntheticDeclaration {
  const { random, blocs, index, taken } = options;
  const chosen: Bloc[] = [];
  const wanted = random.pick(BLOC_COUNTS);
  while (chosen.length < wanted) {
    const bloc = random.weighted(blocs, (b) => Math.sqrt(b.codes.length));
    if (!chosen.includes(bloc)) chosen.push(bloc);
  }
  // Two statements on one topic on the same day read as one statement reported twice (the
  // importer merges such near-duplicates), so each date and topic is drawn until it is free.
  let topic: string;
  let adopted: number;
  do {
    topic = random.pick(TOPICS);
    adopted = random.int(dayOfYearStart(2000), dayOfYearStart(2026) - 1);
  } while (taken.has(`${adopted} ${topic}`));
  taken.add(`${adopted} ${topic}`);
  const title = `${random.pick(DECLARATION_FORMS)} ${topic}`;
  const adoptedOn = isoDay(adopted);
  const id = `${adoptedOn}-${slugify(title, 40)}-${index.toString(36)}`;
  const codes = signatoryCodes({ random, blocs, chosen });
  return {
    node: {
      id,
      title,
      adoptedOn,
      occasion: `Meeting of ${chosen.map((bloc) => bloc.name).join(' and ')} states`,
      summary: `The signatories commit to cooperate on ${topic.toLowerCase()}.`,
    },
    // A few states join after the adoption date.
    signatures: codes.map((code) => ({
      type: 'SIGNED',
      from: code,
      to: id,
      ...(random.chance(0.1) && { signedOn: isoDay(adopted + random.int(1, 90)) }),
    })),
    blocs: chosen.map((bloc) => bloc.name),
  };
}
