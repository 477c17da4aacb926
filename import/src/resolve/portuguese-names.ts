/**
 * world-countries writes some Portuguese formal names with a masculine adjective after a feminine
 * noun ("República português"); running text makes it agree: "República Portuguesa".
 * @example agreeingName('República português') // 'República Portuguesa'
 */
export function agreeingName(name: string): string {
  return name.replace(
    /^(República|Federação|Confederação)\s+(\p{Ll}+)ês$/u,
    (_, noun: string, stem: string) => `${noun} ${stem[0]?.toUpperCase() ?? ''}${stem.slice(1)}esa`,
  );
}

/**
 * A lone adjective is no name: world-countries lists "Portuguesa" among Portugal's spellings, yet
 * in "Comunidade dos Países de Língua Portuguesa" it qualifies the language. A one-word spelling
 * with a feminine adjective's ending ("-esa") is kept only when it is a common name as well.
 */
export function isLoneAdjective(name: string, commonNames: string[]): boolean {
  return /^\p{Lu}\p{Ll}+esa$/u.test(name) && !commonNames.includes(name);
}
