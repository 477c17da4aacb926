const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };

function fromRoman(text: string): number {
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const value = ROMAN[text[i] ?? ''] ?? 0;
    const next = ROMAN[text[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

/**
 * The forms one General Assembly resolution symbol takes: the UN's own (`A/RES/34/180`, and
 * `A/RES/217(III)` for sessions 1 to 30) and the vote data's `R/<session>/<number>`
 * (`R/34/180`, `R/3/217`), so a registry instrument and its roll calls meet.
 * @example symbolForms('A/RES/34/180') // ['A/RES/34/180', 'R/34/180']
 */
export function symbolForms(symbol: string): string[] {
  const modern = /^A\/RES\/(\d+)\/(\d+[A-Z]?)$/.exec(symbol);
  if (modern) return [symbol, `R/${modern[1]}/${modern[2]}`];
  const early = /^A\/RES\/(\d+[A-Z]?)\s*\(([IVXL]+)\)$/.exec(symbol);
  if (early?.[2]) return [symbol, `R/${fromRoman(early[2])}/${early[1]}`];
  const data = /^R\/(\d+)\/(\d+[A-Z]?)$/.exec(symbol);
  if (data) return [symbol, `A/RES/${data[1]}/${data[2]}`];
  return [symbol];
}
