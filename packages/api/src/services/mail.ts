import nodemailer from 'nodemailer';

/**
 * Outgoing email, when the host has SMTP configured (SMTP_URL). Without it nothing is sent and
 * the pages say so: the practitioner passes an invitation link on themself. Emails carry no
 * child's name or assessment content, only what the recipient needs to act and a link.
 */
export type OutgoingEmail = { to: string; subject: string; text: string };

export type Mailer = { send(email: OutgoingEmail): Promise<void> };

/** What the API needs to send email: the mailer, and the service's public address for links. */
export type MailSettings = { mailer: Mailer; publicUrl: string };

/** A mailer over SMTP, e.g. `smtp://user:pass@smtp.example.org:587` or `smtps://…`. */
export function smtpMailer(options: { url: string; from: string }): Mailer {
  const transport = nodemailer.createTransport(options.url);
  return {
    async send(email) {
      await transport.sendMail({ from: options.from, to: email.to, subject: email.subject, text: email.text });
    },
  };
}

/** An absolute link for an email: the public address with the path, without a doubled slash. */
export function publicLink(settings: Pick<MailSettings, 'publicUrl'>, path: string): string {
  return `${settings.publicUrl.replace(/\/+$/, '')}${path}`;
}
