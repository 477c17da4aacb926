import { consentTypes, slugify } from '@treatygraph/schema';
import type { NodeRow, RelationshipRow } from '@treatygraph/schema';
import type { Bloc } from './blocs';
import { dayOfYearStart, isoDay } from './dates';
import type { Random } from './random';
import { TOPICS, TREATY_CITIES } from './vocabulary';

/** One instrument and its party table: a row per state that signed or consented. */
export type SyntheticInstrument = { node: NodeRow; parties: RelationshipRow[] };

function partyRow(options: {
  random: Random;
  code: string;
  instrumentId: string;
  adopted: number;
}): RelationshipRow {
  const { random, code, instrumentId, adopted } = options;
  const signed = random.chance(0.7);
  const signedDay = adopted + random.int(0, 400);
  const consented = random.chance(0.85);
  // States that signed ratify (or accept, approve); the rest accede or succeed.
  const consentType = signed
    ? random.weighted([...consentTypes.slice(0, 4)], (t) => (t === 'ratification' ? 8 : 1))
    : random.weighted([...consentTypes], (t) =>
        t === 'accession' ? 9 : t === 'succession' ? 1 : 0,
      );
  const consentDay = (signed ? signedDay : adopted) + random.int(30, 3000);
  return {
    type: 'PARTY_TO',
    from: code,
    to: instrumentId,
    ...(signed && { signedOn: isoDay(signedDay) }),
    ...(consented && { consentOn: isoDay(consentDay), consentType }),
    ...(consented && random.chance(0.01) && { withdrawnOn: isoDay(consentDay + 1500) }),
  };
}

/**
 * An instrument whose parties follow the blocs: a regional treaty draws most of one or two
 * blocs, a global one each state with a likelihood of its own.
 */
export function syntheticInstrument(options: {
  random: Random;
  blocs: Bloc[];
  index: number;
}): SyntheticInstrument {
  const { random, blocs, index } = options;
  const topic = random.pick(TOPICS);
  const city = random.pick(TREATY_CITIES);
  const protocol = random.chance(0.3);
  const name = protocol
    ? `Protocol on ${topic} to the ${city} Convention`
    : `${city} Convention on ${topic}`;
  const id = `${slugify(name, 48)}-${index.toString(36)}`;
  const adopted = random.int(dayOfYearStart(1990), dayOfYearStart(2022));
  const regional = random.chance(0.4);
  const members = regional
    ? [random.pick(blocs), random.pick(blocs)].flatMap((bloc) => bloc.codes)
    : blocs.flatMap((bloc) => bloc.codes);
  const likelihood = regional ? 0.9 : 0.3 + random.next() * 0.65;
  const codes = [...new Set(members)].filter(() => random.chance(likelihood));
  return {
    node: {
      id,
      name,
      shortName: protocol ? `${city} Protocol` : `${city} Convention`,
      kind: protocol ? 'protocol' : 'convention',
      adoptedOn: isoDay(adopted),
    },
    parties: codes.map((code) => partyRow({ random, code, instrumentId: id, adopted })),
  };
}
