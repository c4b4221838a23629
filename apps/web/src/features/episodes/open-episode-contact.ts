/** Who to contact about a child's open CAF (EPISODE_ALREADY_OPEN's `details`). */
export type OpenEpisodeContact = {
  name: string;
  organisation: string | null;
  telephone: string | null;
  email: string | null;
  reference: string | null;
  role: 'lead_professional' | 'assessor' | null;
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

export function openEpisodeContactFrom(details: unknown): OpenEpisodeContact | null {
  if (!isRecord(details)) return null;
  // The contact may come on its own or under `contact`, with the reference beside it.
  const contact = isRecord(details.contact) ? details.contact : details;
  const name = text(contact.name);
  if (!name) return null;
  return {
    name,
    organisation: text(contact.organisation),
    telephone: text(contact.telephone),
    email: text(contact.email),
    reference: text(details.reference) ?? text(contact.reference),
    role: contact.role === 'lead_professional' || contact.role === 'assessor' ? contact.role : null,
  };
}
