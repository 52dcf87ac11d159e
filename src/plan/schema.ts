// The session plan format: the single source of truth for validation (validate.ts), the committed
// JSON Schema for editors (scripts/generate-schema.ts) and the reference for planners.
import { z } from 'zod';

export const TRACKS = ['kunnskap', 'praksis', 'erfaring'] as const;
export const INTRODUCTIONS = ['short', 'long', 'none'] as const;
export const LANGUAGES = ['nb', 'en'] as const;
/** The themes fasilitator ships (templates/themes/); offered by the wizard and the JSON Schema. */
export const THEMES = ['default', 'kontrast', 'oslo'] as const;

/** "09:00" or "9:00"; "09.00" is accepted too and normalised before validation. */
export const CLOCK_PATTERN = /^([01]?\d|2[0-3])[:.]([0-5]\d)$/;
const DATE_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

const clock = z.string().regex(CLOCK_PATTERN);

const breakSchema = z
  .object({
    after: z
      .string()
      .min(1)
      .optional()
      .describe(
        'Pause etter en del av økten: «intro», «kk1»–«kk5», eller en seksjon som «intro/hva-er-traume». / Break after a part of the session.',
      ),
    at: clock
      .optional()
      .describe('Pause ved nærmeste seksjonsskifte til dette klokkeslettet, f.eks. "10:15". / Break at the section boundary nearest this clock time.'),
    minutes: z.number().int().min(1).max(120).describe('Pausens lengde i minutter. / Length of the break in minutes.'),
    title: z.string().min(1).optional().describe('Tekst på pauselysbildet, f.eks. «Lunsj». / Title on the break slide.'),
  })
  .strict();

const timerSchema = z
  .object({
    overlay: z
      .union([z.boolean(), z.literal('auto')])
      .optional()
      .describe(
        'Tidtakeren på lerretet: "auto" viser en diskret tidtaker bare når manusvinduet (S) ikke er åpent; true viser den alltid, false aldri (tast T slår den av og på). Standard: "auto".',
      ),
    sound: z.boolean().optional().describe('Myk lyd når en nedtelling når null. Standard: false.'),
  })
  .strict();

export const planSchema = z
  .object({
    title: z.string().min(1).optional().describe('Tittel på økten, vises på tittellysbildet.'),
    organisation: z.string().min(1).optional().describe('Virksomhet eller enhet, f.eks. «Bydel Eksempel».'),
    date: z
      .string()
      .regex(DATE_PATTERN)
      .optional()
      .describe('Dato for økten, ÅÅÅÅ-MM-DD, f.eks. 2026-12-03.'),
    start: clock.optional().describe('Starttid, "HH:MM". Standard: "09:00".'),
    end: clock
      .optional()
      .describe('Når rommet/tiden er slutt, "HH:MM". fasilitator sier fra hvis planen ikke rekker.'),
    facilitators: z
      .union([z.string().min(1), z.array(z.string().min(1))])
      .optional()
      .describe('Navn på fasilitator(er).'),
    audience: z.string().min(1).optional().describe('Målgruppe, f.eks. «Ansatte i hjemmetjenesten».'),
    introduction: z
      .enum(INTRODUCTIONS)
      .describe('Introduksjon: short (ca. 25 min), long (ca. 150 min) eller none (bare kjernekompetanser).'),
    track: z.enum(TRACKS).describe('Læringstilnærming (spor): kunnskap, praksis eller erfaring.'),
    competencies: z
      .array(z.number().int().min(1).max(5))
      .optional()
      .describe('Kjernekompetanser 1–5 etter introduksjonen, f.eks. [1, 2]. Anbefalt rekkefølge er stigende.'),
    breaks: z.array(breakSchema).optional().describe('Pauser i tillegg til dem som står i innholdet.'),
    timer: timerSchema.optional().describe('Tidtakeren i rommet.'),
    language: z.enum(LANGUAGES).optional().describe('Språk i grensesnittet: nb (bokmål, standard) eller en.'),
    theme: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .optional()
      .meta({ examples: [...THEMES] })
      .describe('Tema: default (nøytralt, for alle kommuner), kontrast (mørk bakgrunn for lyse rom) eller oslo (Oslo kommunes profil: Oslo Sans, logo og Punkt-farger – bare for Oslo kommunes egne enheter). Egne temaer er mapper under templates/themes/. Standard: default.'),
  })
  .strict();

export type PlanInput = z.infer<typeof planSchema>;

/** Top-level keys, in the order they are documented; used for did-you-mean hints. */
export const PLAN_KEYS = Object.keys(planSchema.shape) as (keyof PlanInput)[];
export const BREAK_KEYS = Object.keys(breakSchema.shape);
export const TIMER_KEYS = Object.keys(timerSchema.shape);

/** The JSON Schema editors use (yaml-language-server); committed at schema/plan.schema.json. */
export function planJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(planSchema, { target: 'draft-7' }) as Record<string, unknown>;
  return {
    ...schema,
    title: 'fasilitator: øktplan',
    description: 'En øktplan for fasilitator. Se README.md, avsnittet «Øktplanen».',
  };
}
