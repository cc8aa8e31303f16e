/**
 * Both names for a contested place. The gazetteer writes them as one form, Armenian-side name
 * first ("Stepanakert / Khankendi", "Akna / Agdam"); our own text must use that form, never one
 * name alone. Exempt: words inside quotation marks (what someone said or published), a
 * district's own name ("Agdam district", "Fuzuli and Jabrayil districts"), and the fixed terms
 * below.
 */

export interface ContestedName {
  /** The gazetteer's form, e.g. "Akna / Agdam". */
  form: string;
  /** Each name on its own, with known variant spellings, e.g. ["Akna", "Agdam", "Aghdam"]. */
  names: readonly string[];
}

export interface ToponymIndex {
  contested: readonly ContestedName[];
  /** Whole names that merely contain a contested one ("Kend Zangilan" is a village of its own). */
  namesakes: readonly string[];
}

export interface OneSidedMention {
  name: string;
  form: string;
}

/** Other spellings of one side's name seen in reports, keyed by the gazetteer's name. */
export const SPELLING_VARIANTS: Readonly<Record<string, readonly string[]>> = {
  Agdam: ['Aghdam'],
  Khankendi: ['Khankandi', 'Xankendi'],
  Aghdara: ['Agdere', 'Aghdere'],
  Martakert: ['Mardakert'],
  Qubadli: ['Gubadli', 'Kubatly', 'Kubatli'],
  Zangilan: ['Zangelan'],
  Jabrayil: ['Jabrail', 'Jebrail', 'Cabrayil'],
  Fuzuli: ['Fizuli'],
  Khojavend: ['Khojavand', 'Xocavend'],
  Kalbajar: ['Kelbajar'],
  Khojaly: ['Khodjaly', 'Xocali'],
  'Gyrmyzy Bazar': ['Girmizi Bazar'],
};

/**
 * Both sides' names of a district that differs from its town's pair: the Armenian-side Askeran
 * region is, roughly, Azerbaijan's Khojaly district (whose own town is Ivanyan / Khojaly).
 */
export const DISTRICT_FORMS: readonly string[] = ['Askeran / Khojaly'];

/** Fixed terms that keep one name: the "Lachin corridor" is the 10 Nov 2020 statement's own term. */
export const FIXED_TERMS: readonly string[] = ['Lachin corridor'];

const SEPARATOR = ' / ';

function splitForm(form: string): [string, string] | undefined {
  const parts = form.split(SEPARATOR).map((p) => p.trim());
  return parts.length === 2 && parts[0] && parts[1] ? [parts[0], parts[1]] : undefined;
}

/** The contested names in gazetteer (and region) English names written "A / B", and their namesakes. */
export function toponymIndex(englishNames: Iterable<string>): ToponymIndex {
  const all = [...new Set(englishNames)];
  const contested: ContestedName[] = [];
  for (const form of [...all, ...DISTRICT_FORMS]) {
    const parts = splitForm(form);
    if (parts) contested.push({ form, names: parts.flatMap((p) => [p, ...(SPELLING_VARIANTS[p] ?? [])]) });
  }
  const names = contested.flatMap((c) => c.names);
  const namesakes = all.filter(
    (n) => !splitForm(n) && !names.includes(n) && names.some((c) => wordRe(c).test(n)),
  );
  return { contested, namesakes };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordRe = (s: string, flags = 'u') =>
  new RegExp(`(?<![\\p{L}\\p{N}])${escape(s)}(?![\\p{L}\\p{N}])`, flags);

/**
 * Quoted passages: double quotes (straight or curly), curly single quotes, and straight single
 * quotes that open after a space or bracket and close before a space or punctuation, so an
 * apostrophe ("Azerbaijan's") is never read as a quote.
 */
const QUOTED = [/"[^"]*"/g, /“[^”]*”/g, /‘[^’]*’/g, /(?<=^|[\s([])'[^']*'(?=$|[\s.,;:!?)\]])/g];

/**
 * A district's own name: "Agdam district", "Askeran / Khojaly district", and lists only before a
 * plural ("Fuzuli and Jabrayil districts"), so "the village of Shahar, Khojavend district" still
 * counts "Shahar".
 */
const NAME = "\\p{Lu}[\\p{L}'’-]*(?: \\p{Lu}[\\p{L}'’-]*)?";
const UNIT = '(?:district|region|province|rayon)';
const DISTRICT_NAMES = new RegExp(
  `${NAME}(?: / ${NAME})? ${UNIT}(?![\\p{L}])|${NAME}(?:(?:, and |, | and | or | / )${NAME})+ ${UNIT}s(?![\\p{L}])`,
  'gu',
);

const blank = (text: string, re: RegExp) => text.replace(re, (m) => ' '.repeat(m.length));

/** Every place named by one side's name alone in `text`, outside quotes and district names. */
export function oneSidedToponyms(text: string, index: ToponymIndex): OneSidedMention[] {
  let rest = QUOTED.reduce(blank, text);
  // Blank the full forms first, so "Agdam" inside "Akna / Agdam" is not counted.
  const whole = [...index.contested.map((c) => c.form), ...index.namesakes, ...FIXED_TERMS];
  for (const w of whole) rest = blank(rest, wordRe(w, 'gu'));
  rest = blank(rest, DISTRICT_NAMES);
  const found = new Map<string, OneSidedMention>();
  for (const c of index.contested) {
    for (const name of c.names)
      if (!found.has(name) && wordRe(name).test(rest)) found.set(name, { name, form: c.form });
  }
  return [...found.values()];
}
