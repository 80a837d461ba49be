// Contact vocabulary that is safe to publish: phone numbers from the ranges Australia's
// regulator (ACMA) keeps for fiction, and email domains reserved by RFC 2606.

/** The 30 mobile numbers ACMA publishes for use in fiction (0491 57x xxx). */
export const FICTION_MOBILES = [
  '0491 570 006', '0491 570 156', '0491 570 157', '0491 570 158', '0491 570 159', '0491 570 110',
  '0491 570 313', '0491 570 737', '0491 571 266', '0491 571 491', '0491 571 804', '0491 572 549',
  '0491 572 665', '0491 572 983', '0491 573 770', '0491 573 087', '0491 574 118', '0491 574 632',
  '0491 575 254', '0491 575 789', '0491 576 398', '0491 576 801', '0491 577 426', '0491 577 644',
  '0491 578 957', '0491 578 148', '0491 578 888', '0491 579 212', '0491 579 760', '0491 579 455',
] as const;

/** Queensland fixed lines in the fiction block: (07) 5550 0000 to (07) 5550 9999. */
export const FICTION_LANDLINE_PREFIX = '(07) 5550 ';

/** Domains reserved for examples by RFC 2606. */
export const PARENT_EMAIL_DOMAINS = ['example.com', 'example.net'] as const;
export const STAFF_EMAIL_DOMAIN = 'staff.example.org';
export const STUDENT_EMAIL_DOMAIN = 'students.example.org';
