import { z } from 'zod';
import { slugId } from './lesson';

/** One glossary term (`content/glossary/terms.yaml`), linked from lessons as `/glossary/#id`. */
export const glossaryTermSchema = z.object({
  /** Anchor id, used in links from lessons. */
  id: slugId,
  /** The term as readers see it. */
  term: z.string().trim().min(1),
  /** A plain-language definition of one to three sentences. */
  definition: z.string().trim().min(1),
  /** Order of the module where the term is introduced. */
  module: z.number().int().min(1).optional(),
});

/** The whole glossary: a list of terms with unique ids. */
export const glossarySchema = z.array(glossaryTermSchema).superRefine((terms, ctx) => {
  const seen = new Set<string>();
  terms.forEach((t, i) => {
    if (seen.has(t.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate id "${t.id}"` });
    seen.add(t.id);
  });
});

/** A glossary term after validation. */
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
