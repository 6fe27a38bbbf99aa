// What someone needs to weigh a certification: who issues it, what it costs
// and how long people study for it, each with its source. `career path` and
// the quiz's plan show the same facts, from here.
import type { Certification } from '../data/schema.js';

export interface CertificationFacts {
  id: string;
  name: string;
  issuer: string;
  /** `group`: the certifications a source gives one shared figure for, null when it is this one's own. */
  cost: { min: number; max: number | null; currency: string; group: string | null; source: string } | null;
  studyWeeks: { min: number; max: number; group: string | null; source: string } | null;
  source: string;
}

export function certificationFacts(cert: Certification): CertificationFacts {
  return {
    id: cert.id,
    name: cert.name,
    issuer: cert.issuer,
    cost: cert.cost
      ? {
          min: cert.cost.min,
          max: cert.cost.max ?? null,
          currency: cert.cost.currency,
          group: cert.cost.group ?? null,
          source: cert.cost.source,
        }
      : null,
    studyWeeks: cert.studyWeeks
      ? {
          min: cert.studyWeeks.min,
          max: cert.studyWeeks.max,
          group: cert.studyWeeks.group ?? null,
          source: cert.studyWeeks.source,
        }
      : null,
    source: cert.source,
  };
}
