import type { ReferralView } from '../../lib/messages/schema';

/** The school's zorg contacts, as text only (nothing about a zorg referral is stored). */
export function CareContacts({ care }: { care: ReferralView[] }) {
  return (
    <>
      {care.map((r) => (
        <p key={r.role}>
          <strong>{r.title}</strong>
          {r.name ? ` · ${r.name}` : ''}
          {r.contact ? ` · ${r.contact}` : ''}
        </p>
      ))}
    </>
  );
}
