// A role's profile: the role as the data has it, with every reference
// (skills, certifications, related roles, sources) resolved to its entry.
import type { DataSet, RoleOrigin } from '../data/dataset.js';
import type { Certification, Role, Skill, Source } from '../data/schema.js';

export interface RoleProfile {
  role: Role;
  /** `importanceSource`: who ranked the skill (`career-assumption`: no source ranks skills). */
  skills: (Skill & { importance: number; importanceSource?: string; source: string })[];
  certifications: (Certification & { recommendedBy: string; note?: string })[];
  related: { id: string; title: string; note?: string; source: string }[];
  /** Every source the role's figures cite, in order of first use. */
  sources: Source[];
  /** Which data set the role comes from: the built-in data or the user's own (--data). */
  origin: RoleOrigin;
}

export function buildProfile(data: DataSet, role: Role): RoleProfile {
  const skillById = new Map(data.skills.map((s) => [s.id, s]));
  const certById = new Map(data.certifications.map((c) => [c.id, c]));
  const skills = role.skills.map((s) => ({
    ...skillById.get(s.skill)!,
    importance: s.importance,
    ...(s.importanceSource ? { importanceSource: s.importanceSource } : {}),
    source: s.source,
  }));
  const certifications = role.certifications.map((c) => ({
    ...certById.get(c.certification)!,
    recommendedBy: c.source,
    ...(c.note ? { note: c.note } : {}),
  }));
  const related = role.related.map((r) => ({
    id: r.role,
    title: data.roleEntry(r.role)?.title ?? r.role,
    ...(r.note ? { note: r.note } : {}),
    source: r.source,
  }));
  const origin = data.roleEntry(role.id)?.origin ?? 'built-in';
  return { role, skills, certifications, related, sources: citedSources(data, [role, ...certifications]), origin };
}

/** The sources cited anywhere inside `values`, in order of first citation. */
export function citedSources(data: DataSet, values: unknown[]): Source[] {
  const byId = new Map(data.sources.map((s) => [s.id, s]));
  const ids = new Set<string>();
  // for...in rather than Object.entries: no array per object and per key,
  // which made this walk over a comparison cost half a millisecond at start-up.
  // The values are plain data, with nothing enumerable inherited.
  const walk = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return;
    if (Array.isArray(node)) {
      for (const item of node) walk(item);
      return;
    }
    for (const key in node) {
      const value = (node as Record<string, unknown>)[key];
      if ((key === 'source' || key === 'recommendedBy' || key.endsWith('Source')) && typeof value === 'string')
        ids.add(value);
      else if (key === 'sources' && Array.isArray(value)) {
        for (const id of value) if (typeof id === 'string') ids.add(id);
      } else walk(value);
    }
  };
  for (const value of values) walk(value);
  return [...ids].flatMap((id) => byId.get(id) ?? []);
}
