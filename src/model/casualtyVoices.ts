/**
 * Who speaks about a side's losses, and the colour that says so everywhere in the app (charts,
 * bars, tables, exports): the side's own officials, the other side, or a third party. An
 * opposition party, a newspaper or an NGO of the same side is none of these: it is "own side,
 * unofficial", drawn in the third-party colour with a dashed line, and named by its role.
 */
import type { Actor, Casualty } from '../data/schemas';

export type Voice = 'own' | 'own-unofficial' | 'other' | 'third';
/** The two belligerents, and `both` for a figure covering the two together. */
export type Belligerent = 'armenian' | 'azerbaijani' | 'both';

/** The three colours of who speaks (colour-blind safe, ≥ 4.5:1 on white for text). */
export const VOICE_COLOURS = { own: '#1d4ed8', other: '#b91c1c', third: '#4b5563' } as const;

export function voiceColour(v: Voice): string {
  return v === 'own' ? VOICE_COLOURS.own : v === 'other' ? VOICE_COLOURS.other : VOICE_COLOURS.third;
}

/** Dashed lines and outlined bars for voices that are not a side's official count. */
export function voiceDashed(v: Voice): boolean {
  return v === 'own-unofficial';
}

export const voiceWords: Record<Voice, string> = {
  own: 'own official count',
  'own-unofficial': 'own side, not official',
  other: 'the other side’s claim',
  third: 'third party',
};

const roleWords: Record<Actor['role'], string> = {
  official: 'officials',
  opposition: 'opposition',
  media: 'media',
  'civil-society': 'civil society',
  international: 'international body',
  research: 'research',
  other: 'other',
};

/** For the Armenian side, Armenia's and Nagorno-Karabakh's counts are both its own. */
export function belligerentOf(side: Casualty['subject']['side'] | Actor['side']): Belligerent | 'third' {
  if (side === 'azerbaijan') return 'azerbaijani';
  if (side === 'armenia' || side === 'nagorno-karabakh') return 'armenian';
  if (side === 'both') return 'both';
  return 'third';
}

/** Who speaks: the actor's side against the subject's, then the actor's role. */
export function voiceOf(actor: Pick<Actor, 'side' | 'role'> | undefined, whose: Belligerent): Voice {
  if (!actor) return 'third';
  const speaker = belligerentOf(actor.side);
  if (speaker === 'third') return 'third';
  if (whose === 'both') return actor.role === 'official' ? 'own' : 'own-unofficial';
  if (speaker !== whose) return 'other';
  return actor.role === 'official' ? 'own' : 'own-unofficial';
}

/** "own officials", "Armenian opposition", "other side", "third party (media)": a voice in a few words. */
export function voiceLabel(actor: Pick<Actor, 'side' | 'role'> | undefined, whose: Belligerent): string {
  const v = voiceOf(actor, whose);
  if (!actor) return voiceWords.third;
  if (v === 'own') return 'own officials';
  if (v === 'own-unofficial') return `own side’s ${roleWords[actor.role]}`;
  if (v === 'other')
    return actor.role === 'official' ? 'other side’s officials' : `other side’s ${roleWords[actor.role]}`;
  return `third party (${roleWords[actor.role]})`;
}
