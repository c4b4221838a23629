import './family.css';
import type { AppRouter } from '@ecaf/api';
import { INVITATION_VALID_DAYS } from '@ecaf/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { inferOutput, TRPCOptionsProxy } from '@trpc/tanstack-react-query';
import { useMemo, useState } from 'react';
import { useParams } from 'react-router';
import { PageLoading } from '../../app/PageLoading';
import { QueryProblem } from '../../app/QueryProblem';
import { BackLink } from '../../components/BackLink';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Form } from '../../components/form/Form';
import { useFieldError } from '../../components/form/useFieldError';
import { useZodForm } from '../../components/form/useZodForm';
import { Input } from '../../components/Input';
import { InsetText } from '../../components/InsetText';
import { NotificationBanner } from '../../components/NotificationBanner';
import { Radios } from '../../components/Radios';
import { Table } from '../../components/Table';
import { Tag, type TagColour } from '../../components/Tag';
import { errorMessage } from '../../lib/errors';
import { formatTimestampAsDate } from '../../lib/format';
import { usePageTitle } from '../../lib/page-title';
import { useTRPC } from '../../lib/trpc';
import { CHILD_INVITEE, inviteFieldFor, makeInviteFormSchema } from './invite-form';
import { type InvitationStatus, invitationStatusLabels } from './plain-words';

type Invitations = inferOutput<TRPCOptionsProxy<AppRouter>['family']['invitations']>;
type Created = inferOutput<TRPCOptionsProxy<AppRouter>['family']['invite']>;

const TITLE = 'Invite the family to see this CAF';

const statusColours: Record<InvitationStatus, TagColour> = {
  pending: 'blue',
  accepted: 'green',
  revoked: 'grey',
  expired: 'grey',
};

/** A message shown once; the count makes a repeat of the same message take focus again. */
type Notice = { text: string; count: number };

/**
 * A practitioner who may change sharing invites a parent or carer with parental responsibility,
 * or the young person (from 12), to the family view. The link is shown once, to copy and pass on
 * (and emailed when email is set up); invitations are listed with their status and can be withdrawn.
 */
export function FamilyInvitationsPage() {
  const { episodeId = '' } = useParams();
  const trpc = useTRPC();
  const result = useQuery(trpc.family.invitations.queryOptions({ episodeId }));
  const [created, setCreated] = useState<(Created & { count: number }) | null>(null);
  const [problem, setProblem] = useState<Notice | null>(null);
  usePageTitle(result.isError ? undefined : TITLE, { error: problem !== null });

  if (result.isPending) return <PageLoading />;
  if (result.isError) return <QueryProblem error={result.error} withHeading />;
  const data = result.data;

  return (
    <>
      <BackLink href={`/episodes/${episodeId}`}>Back to the CAF</BackLink>
      {problem && <ErrorSummary errors={[{ text: problem.text }]} focusKey={problem.count} />}
      {created && <CreatedLink key={created.count} created={created} />}
      <span className="govuk-caption-l">CAF {data.episode.reference}</span>
      <h1 className="govuk-heading-l">{TITLE}</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body">
            A family member with an account can read the assessment, see who is in the team and who has looked at the
            record, add their own views and withdraw their consent to share. The invitation is a link that works once
            and lasts {INVITATION_VALID_DAYS} days.
          </p>
          <InviteForm
            key={created?.count ?? 0}
            data={data}
            onCreated={(invitation) => {
              setProblem(null);
              setCreated((last) => ({ ...invitation, count: (last?.count ?? 0) + 1 }));
            }}
          />
        </div>
      </div>
      <InvitationList
        data={data}
        onRevoked={() => setCreated(null)}
        onProblem={(error) => setProblem((last) => ({ text: errorMessage(error), count: (last?.count ?? 0) + 1 }))}
      />
    </>
  );
}

function CreatedLink({ created }: { created: Created }) {
  const link = `${window.location.origin}${created.path}`;
  const until = formatTimestampAsDate(created.expiresAt);
  return (
    <NotificationBanner type="success">
      <p className="govuk-notification-banner__heading">Invitation created for {created.inviteeName}</p>
      {created.delivery === 'emailed' ? (
        <p className="govuk-body">
          We have emailed the link to {created.email}. You can also give it to them yourself.
        </p>
      ) : (
        <p className="govuk-body">
          {created.delivery === 'email_failed'
            ? `We could not email the link to ${created.email}. `
            : 'eCAF does not send emails here. '}
          Give this link to {created.inviteeName} yourself, for example in a text message or a letter.
        </p>
      )}
      <Input
        name="invitationLink"
        id="invitation-link"
        label="Invitation link"
        labelClassName="govuk-label--s"
        hint={`It works once and stops working on ${until}. It is shown only now: copy it before you leave this page.`}
        className="app-family-link"
        readOnly
        spellCheck={false}
        value={link}
        onFocus={(event) => event.currentTarget.select()}
      />
    </NotificationBanner>
  );
}

function InviteForm({ data, onCreated }: { data: Invitations; onCreated: (created: Created) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const invite = useMutation(trpc.family.invite.mutationOptions());
  const schema = useMemo(() => makeInviteFormSchema(data.episode.id), [data.episode.id]);
  const form = useZodForm(schema, { defaultValues: { invitee: undefined, email: '' } });
  const error = useFieldError(form);

  const allowedPeople = data.people.filter((p) => p.allowed);
  const notOffered = [
    ...data.people.filter((p) => !p.allowed).map((p) => ({ name: `${p.name} (${p.relationship})`, why: p.refusal })),
    ...(data.child.allowed ? [] : [{ name: `${data.child.name} (the young person)`, why: data.child.refusal }]),
  ];
  const items = [
    ...allowedPeople.map((p) => ({
      value: p.personId,
      label: `${p.name} (${p.relationship})`,
      hint: 'Has parental responsibility',
    })),
    ...(data.child.allowed
      ? [{ value: CHILD_INVITEE, label: `${data.child.name} (the young person)`, hint: 'Their own account' }]
      : []),
  ];

  return (
    <Form
      form={form}
      pageTitle={TITLE}
      serverPathToField={inviteFieldFor}
      onSubmit={async (input) => {
        const created = await invite.mutateAsync(input);
        await queryClient.invalidateQueries(trpc.family.invitations.pathFilter());
        onCreated(created);
      }}
    >
      <h2 className="govuk-heading-m">Create an invitation</h2>
      {items.length === 0 ? (
        <InsetText>
          No one recorded for this child can be invited now.
          {notOffered.length > 0 && ` ${notOffered.map((p) => `${p.name}: ${p.why}`).join(' ')}`}
        </InsetText>
      ) : (
        <>
          <Radios
            legend="Who are you inviting?"
            legendSize="s"
            hint={
              notOffered.length > 0
                ? `Not listed: ${notOffered.map((p) => `${p.name}. ${p.why}`).join(' ')}`
                : undefined
            }
            items={items}
            {...form.register('invitee')}
            error={error('invitee')}
          />
          <Input
            label="Their email address"
            labelClassName="govuk-label--s"
            hint="This will be their email address for signing in."
            type="email"
            autoComplete="off"
            spellCheck={false}
            autoCapitalize="none"
            {...form.register('email')}
            error={error('email')}
          />
          <Button disabled={form.formState.isSubmitting}>Create invitation</Button>
        </>
      )}
    </Form>
  );
}

function InvitationList({
  data,
  onRevoked,
  onProblem,
}: {
  data: Invitations;
  onRevoked: () => void;
  onProblem: (error: unknown) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const revoke = useMutation(trpc.family.revokeInvitation.mutationOptions());
  const [revoked, setRevoked] = useState<Notice | null>(null);

  return (
    <>
      <h2 className="govuk-heading-m">Invitations</h2>
      {revoked && <NotificationBanner key={revoked.count} type="success" text={revoked.text} />}
      {data.invitations.length === 0 ? (
        <p className="govuk-body">No one has been invited yet.</p>
      ) : (
        <Table
          caption="Invitations for this CAF"
          captionClassName="govuk-visually-hidden"
          head={[
            { content: 'Invited' },
            { content: 'Email address' },
            { content: 'Created' },
            { content: 'Status' },
            { content: <span className="govuk-visually-hidden">Actions</span> },
          ]}
          firstCellIsHeader
          rows={data.invitations.map((invitation) => ({
            key: invitation.id,
            cells: [
              {
                content:
                  invitation.invitee.kind === 'child'
                    ? `${invitation.invitee.name} (the young person)`
                    : invitation.invitee.name,
              },
              { content: invitation.email },
              { content: `${formatTimestampAsDate(invitation.createdAt)} by ${invitation.createdBy}` },
              {
                content: (
                  <>
                    <Tag colour={statusColours[invitation.status]}>{invitationStatusLabels[invitation.status]}</Tag>
                    {invitation.status === 'pending' && (
                      <span className="govuk-body-s govuk-!-display-block govuk-!-margin-top-1 govuk-!-margin-bottom-0">
                        Until {formatTimestampAsDate(invitation.expiresAt)}
                      </span>
                    )}
                  </>
                ),
              },
              {
                content:
                  invitation.status === 'pending' ? (
                    <Button
                      type="button"
                      variant="secondary"
                      className="govuk-!-margin-bottom-0"
                      disabled={revoke.isPending}
                      onClick={() =>
                        revoke.mutate(
                          { episodeId: data.episode.id, invitationId: invitation.id },
                          {
                            onSuccess: async () => {
                              await queryClient.invalidateQueries(trpc.family.invitations.pathFilter());
                              onRevoked();
                              setRevoked((last) => ({
                                text: `The invitation for ${invitation.invitee.name} was withdrawn. The link no longer works.`,
                                count: (last?.count ?? 0) + 1,
                              }));
                            },
                            onError: onProblem,
                          },
                        )
                      }
                    >
                      Withdraw
                      <span className="govuk-visually-hidden"> the invitation for {invitation.invitee.name}</span>
                    </Button>
                  ) : null,
              },
            ],
          }))}
        />
      )}
    </>
  );
}
