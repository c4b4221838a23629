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
  if (!isRecord(details) || !isRecord(details.contact)) return null;
  const contact = details.contact;
  const name = text(contact.name);
  if (!name) return null;
  return {
    name,
    organisation: text(contact.organisation),
    telephone: text(contact.telephone),
    email: text(contact.email),
    reference: text(details.reference),
    role: contact.role === 'lead_professional' || contact.role === 'assessor' ? contact.role : null,
  };
}
