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
};
