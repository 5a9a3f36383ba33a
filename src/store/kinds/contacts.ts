import { contactSchema } from '../../schemas/contact';
import { defineKind } from './define';

/** People in the shared contacts collection (see `src/schemas/contact.ts`). Id: a random id made by `newId()`. */
export const contactKind = defineKind('contact', {
  label: 'Contacts',
  schema: contactSchema,
  describe: (c) => c.name,
  fieldLabels: {
    name: 'Name',
    organization: 'Organisation',
    role: 'Role',
    reach: 'How they reach your market',
    howMet: 'How you met',
    notes: 'Notes',
    tags: 'Tags',
    email: 'Email',
    phone: 'Phone',
    profileUrl: 'Profile address',
    lastContact: 'Last contact',
    tier: 'List',
    offer: 'Something to offer',
    plannedLunch: 'Planned lunch',
    cadenceWeeks: 'Lunch cadence',
    keepInTouchDays: 'Keep-in-touch window',
    notSameAs: 'Not the same person as',
  },
});
