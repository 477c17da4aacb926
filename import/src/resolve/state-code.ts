import { stateRows } from './countries';

let byCodeOrName: Map<string, string> | undefined;

/**
 * The alpha-3 code of a gazetteer state given exactly its code or its common name; no fuzzy
 * matching (that is `resolveCountry`'s job).
 * @example stateCode('LAO') // 'LAO'
 * @example stateCode('Laos') // 'LAO'
 */
export function stateCode(codeOrName: string): string | undefined {
  byCodeOrName ??= new Map(
    stateRows().flatMap((s) => [
      [s.name, s.code],
      [s.code, s.code],
    ]),
  );
  return byCodeOrName.get(codeOrName);
}
