import { describe, expect, it } from 'vitest';
import { CHILD_INVITEE, inviteFieldFor, makeInviteFormSchema } from './invite-form';

const episodeId = '1b4e28ba-2fa1-41d2-883f-0016d3cca427';
const personId = '6ec0bd7f-11c0-43da-975e-2a8ad9ebae0b';

describe('the invitation form', () => {
  const schema = makeInviteFormSchema(episodeId);

  it('turns the radio into who is invited, and the email into the domain’s (trimmed, lower case)', () => {
    expect(schema.parse({ invitee: personId, email: ' Dana@Example.org ' })).toEqual({
      episodeId,
      invitee: { kind: 'person', personId },
      email: 'dana@example.org',
    });
    expect(schema.parse({ invitee: CHILD_INVITEE, email: 'kai@example.org' }).invitee).toEqual({ kind: 'child' });
  });

  it('asks for who and a real email address', () => {
    const issues = schema
      .safeParse({ invitee: undefined, email: '' })
      .error?.issues.map((i) => [i.path.join('.'), i.message]);
    expect(issues).toEqual([
      ['invitee', 'Select who to invite'],
      ['email', 'Enter their email address'],
    ]);
    const email = schema.safeParse({ invitee: personId, email: 'not an email' }).error?.issues;
    expect(email?.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['email', 'Enter an email address in the correct format, like name@example.com'],
    ]);
  });

  it('puts the server’s problems with who beside the radios', () => {
    expect(inviteFieldFor('invitee.personId')).toBe('invitee');
    expect(inviteFieldFor('invitee')).toBe('invitee');
    expect(inviteFieldFor('email')).toBe('email');
  });
});
