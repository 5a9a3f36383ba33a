import type * as z from 'zod/mini';
import { contactSchema } from '../schemas/contact';
import type { RecordKind } from './kinds';

/** People in the shared contacts collection. Id: a random id made by `newId()`. */
export const contactKind: RecordKind<z.infer<typeof contactSchema>> = {
  label: 'Contacts',
  prefix: 'rf:contact:',
  version: 1,
  schema: contactSchema,
  migrations: {},
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
  },
};
