import { describe, expect, it } from 'vitest';
import { publisherCount, publisherKey } from '../../src/model/publishers';

describe('publisherKey', () => {
  it('counts a wire and the sites that relay it as one publisher', () => {
    expect(publisherKey('Reuters')).toBe('reuters');
    expect(publisherKey('Cyprus Mail (Reuters)')).toBe('reuters');
    expect(publisherKey('Duvar English / Reuters')).toBe('reuters');
    expect(publisherKey('Pledge Times (citing TASS)')).toBe('tass');
    expect(publisherKey('Today.az (Trend)')).toBe('trend');
    expect(publisherKey('Yeni Şafak (Anadolu)')).toBe('anadolu');
    expect(publisherKey('Gündemtube (AA)')).toBe('anadolu');
  });

  it('keeps the outlet when the bracket only says where the copy was found', () => {
    expect(publisherKey('Asbarez (via armenia.com.au)')).toBe('asbarez');
    expect(publisherKey('Human Rights Watch (republished by Pressklub.az)')).toBe('human rights watch');
    expect(publisherKey('Armenpress (French)')).toBe('armenpress');
    expect(publisherKey('Wikipedia (mirror: wikiwand.com)')).toBe('wikipedia');
  });

  it('reads spelling and service variants of one newsroom as one', () => {
    expect(publisherKey('AZERTAC')).toBe(publisherKey('Qazet.az (AZERTAC)'));
    expect(publisherKey('Azatutyun (RFE/RL Armenian Service)')).toBe('rfe/rl');
    expect(publisherKey('El Nashra')).toBe(publisherKey('Elnashra'));
    expect(publisherKey('The Armenian Mirror-Spectator')).toBe(publisherKey('Armenian Mirror-Spectator'));
  });

  it('does not confuse the Associated Press of Pakistan, APA or AAP with AP', () => {
    expect(publisherKey('Associated Press of Pakistan')).toBe('associated press of pakistan');
    expect(publisherKey('APA')).toBe('apa');
    expect(publisherKey('7News (AAP)')).toBe('7news');
    expect(publisherKey('Irish Examiner (Associated Press)')).toBe('ap');
  });

  it('counts independent publishers', () => {
    expect(publisherCount(['Reuters', 'National Post (Reuters)', 'AFP'])).toBe(2);
  });
});
