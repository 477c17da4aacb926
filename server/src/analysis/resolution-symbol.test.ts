import { expect, it } from 'vitest';
import { symbolForms } from './resolution-symbol';

it.each([
  ['A/RES/34/180', ['A/RES/34/180', 'R/34/180']],
  ['R/34/180', ['R/34/180', 'A/RES/34/180']],
  ['A/RES/217(III)', ['A/RES/217(III)', 'R/3/217']],
  ['A/RES/2200(XXI)', ['A/RES/2200(XXI)', 'R/21/2200']],
  ['R/22/2338A', ['R/22/2338A', 'A/RES/22/2338A']],
  ['S/RES/242', ['S/RES/242']],
])('%s is also %j', (symbol, forms) => {
  expect(symbolForms(symbol)).toEqual(forms);
});
