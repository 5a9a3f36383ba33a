import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { dimensionSchema, statementSchema } from './schemas/assessment';
import { glossaryTermSchema } from './schemas/glossary';
import { lessonSchema } from './schemas/lesson';
import { workshopSchema } from './schemas/workshop';

// Wiring only: each collection is a loader over `content/` and a schema from `src/schemas/`.

const lessons = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/lessons' }),
  schema: lessonSchema,
});

const glossary = defineCollection({
  loader: file('./content/glossary/terms.yaml'),
  schema: glossaryTermSchema,
});

const workshops = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/workshops' }),
  schema: workshopSchema,
});

const assessmentDimensions = defineCollection({
  loader: file('./content/assessment/dimensions.yaml'),
  schema: dimensionSchema,
});

const assessmentStatements = defineCollection({
  loader: file('./content/assessment/statements.yaml'),
  schema: statementSchema,
});

export const collections = { lessons, glossary, workshops, assessmentDimensions, assessmentStatements };
