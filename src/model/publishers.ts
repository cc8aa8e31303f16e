/**
 * One publisher per newsroom. A wire story and the sites that relay it are one publisher, so a
 * record that cites "Cyprus Mail (Reuters)" and "Reuters" rests on one report, not two. Sources
 * name a relay as "Outlet (Wire)", "Outlet / Wire", "Outlet (citing Wire)" or "Outlet (via …)".
 */

/** Agencies and bodies whose copy is relayed, with the spellings their relays use. */
const ORIGINATORS: readonly (readonly [string, RegExp])[] = [
  ['afp', /\bafp\b|agence france/],
  ['ap', /\bap\b|associated press(?! of pakistan)/],
  ['reuters', /reuters/],
  ['anadolu', /anadolu|\baa\b/],
  ['tass', /\btass\b/],
  ['interfax', /interfax/],
  ['ria novosti', /ria novosti/],
  ['sputnik', /sputnik/],
  ['trend', /\btrend\b/],
  ['armenpress', /armenpress/],
  ['azertac', /azertac/],
  ['apa', /\bapa\b/],
  ['rfe/rl', /rfe\/rl|azatutyun|radio azadliq|svaboda/],
  ['bbc', /\bbbc\b/],
  ['dpa', /\bdpa\b/],
  ['ani', /\bani\b/],
  ['ansa', /\bansa\b/],
  ['belga', /\bbelga\b/],
  ['xinhua', /xinhua/],
  ['europa press', /europa press/],
  ['human rights watch', /human rights watch/],
  ['amnesty international', /amnesty/],
  ['icrc', /\bicrc\b/],
  ['wikipedia', /wikipedia/],
  ['azernews', /azernews/],
  ['report.az', /report\.az|^report\b|\(report\)/],
  ['oxu.az', /oxu\.az/],
  ['axar.az', /axar\.az/],
  ['panarmenian', /panarmenian/],
  ['al jazeera', /al jazeera/],
  ['al arabiya', /al arabiya/],
  ['al-masdar', /al[- ]masdar/],
  ['daily sabah', /daily sabah/],
  ['le monde', /le monde/],
  ['kommersant', /kommersant/],
  ['youm7', /youm7/],
  ['jamnews', /jamnews/],
  ['civilnet', /civilnet/],
  ['asbarez', /asbarez/],
  ['oc media', /oc media/],
  ['korrespondent.net', /korrespondent/],
  ['rossa primavera', /rossa primavera/],
  ['public radio of armenia', /public radio of armenia|armradio/],
  ['usc institute of armenian studies', /institute of armenian studies/],
  ['azerbaijan foreign ministry', /foreign affairs of azerbaijan|consulate general of azerbaijan/],
  ['el nashra', /el ?nashra/],
  ['arka', /\barka\b/],
  ['panorama.am', /panorama\.am/],
];

const originatorIn = (text: string): string | undefined => {
  let best: { key: string; at: number } | undefined;
  for (const [key, re] of ORIGINATORS) {
    const at = text.search(re);
    if (at >= 0 && (!best || at < best.at)) best = { key, at };
  }
  return best?.key;
};

/** The publisher a source's copy comes from, lower-cased: the relayed wire where one is named. */
export function publisherKey(publisher: string): string {
  const p = publisher.trim().toLowerCase();
  const cut = p.search(/ \(| \/ |, via | via /);
  const main = (cut >= 0 ? p.slice(0, cut) : p).replace(/^the /, '').trim();
  const relayed = cut >= 0 ? originatorIn(p.slice(cut)) : undefined;
  return relayed ?? originatorIn(main) ?? main;
}

/** How many independent publishers a list of sources rests on. */
export function publisherCount(publishers: Iterable<string>): number {
  return new Set([...publishers].map(publisherKey)).size;
}
