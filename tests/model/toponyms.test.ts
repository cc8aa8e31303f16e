import { describe, expect, it } from 'vitest';
import { oneSidedToponyms, toponymIndex } from '../../src/model/toponyms';

const index = toponymIndex([
  'Stepanakert / Khankendi',
  'Akna / Agdam',
  'Shushi / Shusha',
  'Kend Zangilan',
  'Kovsakan / Zangilan',
  'Ganja',
]);
const names = (text: string) => oneSidedToponyms(text, index).map((m) => m.name);

describe('oneSidedToponyms', () => {
  it('accepts the gazetteer form and finds one name alone', () => {
    expect(names('Shelling of Stepanakert / Khankendi and Shushi / Shusha.')).toEqual([]);
    expect(names('Shelling of Stepanakert overnight.')).toEqual(['Stepanakert']);
    expect(names('Troops left Khankendi.')).toEqual(['Khankendi']);
  });

  it('reads known variant spellings as one side’s name', () => {
    expect(oneSidedToponyms('Fire on Aghdam.', index)).toEqual([{ name: 'Aghdam', form: 'Akna / Agdam' }]);
  });

  it('wants the gazetteer’s order: a reversed pair is two one-sided names', () => {
    expect(names('Fire on Khankendi / Stepanakert.')).toEqual(['Stepanakert', 'Khankendi']);
  });

  it('exempts quotations and district names', () => {
    expect(names(`He said "Shusha is ours" and 'Agdam will be rebuilt'.`)).toEqual([]);
    expect(names('Azerbaijan’s and Armenia’s claims on Agdam district.')).toEqual([]);
    expect(names('Fire on the Tartar, Agdam and Fuzuli districts.')).toEqual([]);
    // A village named before its district is not a district name.
    expect(names('The village of Shusha, Khojavend district.')).toEqual(['Shusha']);
  });

  it('does not read an apostrophe as a quotation mark', () => {
    expect(names("Azerbaijan's army entered Shusha's outskirts, Armenia's MoD said.")).toEqual(['Shusha']);
  });

  it('respects word boundaries and namesakes', () => {
    expect(names('Fighting near Aknaghbyur and Shushikend.')).toEqual([]);
    expect(names('The village of Kend Zangilan.')).toEqual([]);
    expect(names('Shelling of Ganja.')).toEqual([]);
  });

  it('keeps the 10 Nov statement’s own term, the Lachin corridor', () => {
    const withLachin = toponymIndex(['Berdzor / Lachin']);
    expect(oneSidedToponyms('Peacekeepers along the Lachin corridor.', withLachin)).toEqual([]);
    expect(oneSidedToponyms('Peacekeepers in Lachin.', withLachin).map((m) => m.name)).toEqual(['Lachin']);
  });
});
