/**
 * Deterministic transliteration of Azerbaijani Latin place names into Armenian and Russian script,
 * for places whose Armenian or Russian form no source gave (the place's note says so).
 * Letter-by-letter with a few context rules; "ts" (only in names of Armenian origin) becomes one
 * letter. Examples: Mahmudlu → Մահմուդլու / Махмудлу; Şükürbəyli → Շուքյուրբեյլի / Шукюрбейли.
 */
type Table = Record<string, string>;

/** Russian: Azerbaijani ə → е (э at the start of a word), q/ğ → г, h/x → х, ı → ы, y+vowel → я/ю/е/ё. */
const RU: Table = {
  a: 'а',
  b: 'б',
  c: 'дж',
  ç: 'ч',
  d: 'д',
  e: 'е',
  ə: 'е',
  f: 'ф',
  g: 'г',
  ğ: 'г',
  h: 'х',
  x: 'х',
  ı: 'ы',
  i: 'и',
  j: 'ж',
  k: 'к',
  q: 'г',
  l: 'л',
  m: 'м',
  n: 'н',
  o: 'о',
  ö: 'ё',
  p: 'п',
  r: 'р',
  s: 'с',
  ş: 'ш',
  t: 'т',
  u: 'у',
  ü: 'ю',
  v: 'в',
  y: 'й',
  z: 'з',
  w: 'в',
};
const RU_INITIAL: Table = { e: 'э', ə: 'э', ö: 'о', ü: 'у' };
const RU_Y: Table = { a: 'я', u: 'ю', e: 'е', ə: 'е', o: 'ё', ü: 'ю' };

/** Armenian: ə → ա (but əy → եյ), q → ղ, k → ք, t → թ, p → պ, ı → ը, ö/ü → յո/յու, ye → ե. */
const HY: Table = {
  a: 'ա',
  b: 'բ',
  c: 'ջ',
  ç: 'չ',
  d: 'դ',
  e: 'ե',
  ə: 'ա',
  f: 'ֆ',
  g: 'գ',
  ğ: 'ղ',
  h: 'հ',
  x: 'խ',
  ı: 'ը',
  i: 'ի',
  j: 'ժ',
  k: 'ք',
  q: 'ղ',
  l: 'լ',
  m: 'մ',
  n: 'ն',
  o: 'ո',
  ö: 'յո',
  p: 'պ',
  r: 'ր',
  s: 'ս',
  ş: 'շ',
  t: 'թ',
  u: 'ու',
  ü: 'յու',
  v: 'վ',
  y: 'յ',
  z: 'զ',
  w: 'վ',
};
const HY_INITIAL: Table = { e: 'է', o: 'օ', ö: 'օ', ü: 'ու' };
/** After these consonants ö and ü are written without the glide: Şük- → Шук- / Շուք-. */
const HUSHING = new Set('şçcj');
const PLAIN: Table = { ö: 'о', ü: 'у' };
const HY_PLAIN: Table = { ö: 'ո', ü: 'ու' };
const HY_UPPER: Table = {
  ա: 'Ա',
  բ: 'Բ',
  գ: 'Գ',
  դ: 'Դ',
  ե: 'Ե',
  զ: 'Զ',
  է: 'Է',
  ը: 'Ը',
  թ: 'Թ',
  ժ: 'Ժ',
  ի: 'Ի',
  լ: 'Լ',
  խ: 'Խ',
  ծ: 'Ծ',
  կ: 'Կ',
  հ: 'Հ',
  ձ: 'Ձ',
  ղ: 'Ղ',
  ճ: 'Ճ',
  մ: 'Մ',
  յ: 'Յ',
  ն: 'Ն',
  շ: 'Շ',
  ո: 'Ո',
  չ: 'Չ',
  պ: 'Պ',
  ջ: 'Ջ',
  ռ: 'Ռ',
  ս: 'Ս',
  վ: 'Վ',
  տ: 'Տ',
  ր: 'Ր',
  ց: 'Ց',
  ւ: 'Ւ',
  փ: 'Փ',
  ք: 'Ք',
  օ: 'Օ',
  ֆ: 'Ֆ',
};

/** Lower-case with the Azerbaijani dotted/dotless i (İ → i, I → ı). */
const azLower = (s: string): string => s.replace(/İ/g, 'i').replace(/I/g, 'ı').toLowerCase();

function word(w: string, script: 'ru' | 'hy'): string {
  const s = azLower(w);
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    const next = s[i + 1] ?? '';
    const first = i === 0;
    if (c === 't' && next === 's') {
      out += script === 'ru' ? 'ц' : 'ծ';
      i++;
      continue;
    }
    const prev = s[i - 1] ?? '';
    if (script === 'ru') {
      if (c === 'y' && RU_Y[next] && !(/[aeəıioöuü]/.test(prev) && (next === 'e' || next === 'ə'))) {
        out += RU_Y[next];
        i++;
      } else if (HUSHING.has(prev) && PLAIN[c]) out += PLAIN[c];
      else out += (first && RU_INITIAL[c]) || RU[c] || c;
    } else if (HUSHING.has(prev) && HY_PLAIN[c]) out += HY_PLAIN[c];
    else if (c === 'y' && next === 'e' && first) {
      out += 'ե';
      i++;
    } else if (c === 'ə' && next === 'y') out += 'ե';
    else out += (first && HY_INITIAL[c]) || HY[c] || c;
  }
  return out;
}

function capitalise(word: string, script: 'ru' | 'hy'): string {
  const head = word[0];
  if (!head) return word;
  const upper = script === 'hy' ? (HY_UPPER[head] ?? head) : head.toUpperCase();
  return upper + word.slice(1);
}

function translit(az: string, script: 'ru' | 'hy'): string {
  // Keep separators (spaces, hyphens, brackets, digits) and capitalise words capitalised in the source.
  return az.replace(/[\p{L}]+/gu, (w) => {
    const t = word(w, script);
    return w[0] !== azLower(w[0]) ? capitalise(t, script) : t;
  });
}

export const azToRussian = (az: string): string => translit(az, 'ru');
export const azToArmenian = (az: string): string => translit(az, 'hy');
