import { describe, expect, it } from 'vitest';
import { checkChildSeenRecord, recordChildSeenInputSchema } from './child-seen';

const episodeId = '7b0c1a52-4a57-4c52-9d5e-3b1f5f1c2a10';

describe('CF-4 recording that the child was seen', () => {
  it('CF-4 accepts a record dated today, by a named practitioner', () => {
    const record = recordChildSeenInputSchema.parse({
      episodeId,
      seenOn: '2026-11-23',
      seenBy: 'Pat Assessor',
      seenAlone: 'yes',
    });
    expect(checkChildSeenRecord(record, { today: '2026-11-23', isUnborn: false })).toEqual({});
  });

  it('CF-4 refuses a date in the future', () => {
    expect(
      checkChildSeenRecord({ seenOn: '2026-11-24', seenAlone: 'no' }, { today: '2026-11-23', isUnborn: false }),
    ).toEqual({ seenOn: 'The date seen must be today or in the past' });
  });

  it('CF-4 refuses a record without who saw the child or a real date', () => {
    const result = recordChildSeenInputSchema.safeParse({
      episodeId,
      seenOn: '2026-02-30',
      seenBy: ' ',
      seenAlone: 'yes',
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['seenOn', 'seenBy']);
  });

  it('CF-4 asks whether a born child was seen alone; for an unborn baby it does not apply', () => {
    const notApplicable = { seenOn: '2026-11-20', seenAlone: 'not_applicable' } as const;
    expect(checkChildSeenRecord(notApplicable, { today: '2026-11-23', isUnborn: false })).toEqual({
      seenAlone: 'Select whether the child was seen alone',
    });
    expect(checkChildSeenRecord(notApplicable, { today: '2026-11-23', isUnborn: true })).toEqual({});
  });
});
