/**
 * "Claims against own counts": for each side, the other side's last wartime claim (announced by
 * 10 Nov 2020) about its military dead, beside its own latest official count, and the ratio of
 * the two. Symmetric by construction; neither figure is treated as the truth.
 */
import { WAR_END, type IsoDate } from '../data/calendar';
import type { Actor, Casualty } from '../data/schemas';
import { plotValue } from './casualtySeries';
import { belligerentOf } from './casualtyVoices';

export interface ClaimAgainstOwn {
  /** Whose military dead. */
  about: 'armenian' | 'azerbaijani';
  /** The other side's last official claim about them announced by the end of the war. */
  claim?: Casualty;
  /** Their own officials' latest count, as known on the cut-off. */
  own?: Casualty;
  /** claim ÷ own, as "2.5×"; absent when either is missing. */
  ratio?: string;
}

const later = (a: Casualty | undefined, b: Casualty) =>
  !a || b.reportedOn > a.reportedOn || (b.reportedOn === a.reportedOn && plotValue(b) > plotValue(a));

export function formatRatio(r: number): string {
  return `${r >= 10 ? Math.round(r) : Math.round(r * 10) / 10}×`;
}

export function claimsAgainstOwn(
  figures: readonly Casualty[],
  actorsById: ReadonlyMap<string, Actor>,
  knownOn: IsoDate,
): ClaimAgainstOwn[] {
  return (['armenian', 'azerbaijani'] as const).map((about) => {
    let claim: Casualty | undefined;
    let own: Casualty | undefined;
    for (const c of figures) {
      if (c.measure !== 'killed' || c.subject.group !== 'military' || belligerentOf(c.subject.side) !== about)
        continue;
      const actor = actorsById.get(c.actorId);
      if (!actor || actor.role !== 'official') continue;
      const speaker = belligerentOf(actor.side);
      if (speaker === about && c.reportedOn <= knownOn && later(own, c)) own = c;
      if (
        speaker !== about &&
        speaker !== 'third' &&
        c.reportedOn <= WAR_END &&
        c.reportedOn <= knownOn &&
        later(claim, c)
      )
        claim = c;
    }
    const ratio =
      claim && own && plotValue(own) > 0 ? formatRatio(plotValue(claim) / plotValue(own)) : undefined;
    return { about, claim, own, ratio };
  });
}
