import type { ReactNode } from 'react';
import { AppLink } from '../../../components/LinkContext';
import { formatTime } from '../time';
import type { AutosaveSnapshot } from './section-autosave';

export const offlineMessage =
  'Not saved yet: eCAF cannot be reached. Your text is kept on this device and will be saved when the connection returns.';
const offlineNotKeptMessage =
  'Not saved yet: eCAF cannot be reached. Keep this page open: your text will be saved when the connection returns.';
export const signedOutMessage =
  'You have been signed out. Your text is kept on this device and will be saved when you sign in again.';

type Links = {
  signIn: string;
  consent: string;
  /** Before going to sign in: forget who was signed in, so the sign-in page does not send the user straight back. */
  onSignIn?: () => void;
};

/** The words for the autosave status (CF-7), and a link when the user can do something about it. */
export function autosaveStatusText(snapshot: AutosaveSnapshot, links: Links): { text: string; link?: ReactNode } {
  const { status } = snapshot;
  switch (status.kind) {
    case 'idle':
      return { text: 'Your answers are saved as you type.' };
    case 'pending':
    case 'saving':
      return { text: 'Saving…' };
    case 'saved':
      return { text: `Saved at ${formatTime(status.at)}` };
    case 'invalid':
      return {
        text: `Not saved yet: ${status.message ? status.message.replace(/^./, (c) => c.toLowerCase()) : 'some answers need correcting.'} Your text is kept on this device.`,
      };
    case 'offline':
      return { text: snapshot.keptOnDevice ? offlineMessage : offlineNotKeptMessage };
    case 'signed-out':
      return {
        text: signedOutMessage,
        link: (
          <AppLink className="govuk-link" href={links.signIn} onClick={links.onSignIn}>
            Sign in again
          </AppLink>
        ),
      };
    case 'refused':
      return {
        text: `Not saved: ${status.message.replace(/^./, (c) => c.toLowerCase())}`,
        ...(status.code === 'CONSENT_REQUIRED'
          ? {
              link: (
                <AppLink className="govuk-link" href={links.consent}>
                  Record consent
                </AppLink>
              ),
            }
          : {}),
      };
    case 'conflict':
      return { text: 'Not saved: this section was changed by someone else. Choose which text to keep.' };
  }
}

const isProblem = (snapshot: AutosaveSnapshot) =>
  ['invalid', 'offline', 'signed-out', 'refused', 'conflict'].includes(snapshot.status.kind);

/**
 * A quiet line that says whether the section is saved. `live` on one copy only, so screen
 * readers hear each change once (a polite status message, WCAG 4.1.3).
 */
export function AutosaveStatusLine({
  snapshot,
  links,
  live = false,
  id,
}: {
  snapshot: AutosaveSnapshot;
  links: Links;
  live?: boolean;
  id?: string;
}) {
  const { text, link } = autosaveStatusText(snapshot, links);
  return (
    <p
      id={id}
      className="govuk-body govuk-!-margin-bottom-4"
      {...(live ? { role: 'status', 'aria-live': 'polite' as const } : {})}
    >
      {isProblem(snapshot) ? <strong className="govuk-!-font-weight-bold">{text}</strong> : text}
      {link && <> {link}</>}
    </p>
  );
}
