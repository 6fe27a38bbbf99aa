// Generates a large, valid data directory for benchmarks and scale tests:
// the built-in data (so the real roles stay comparable) plus generated roles
// up to N, each with a six-level ladder, 20 skills and 10 certifications.
// Seeded and deterministic: the same seed and N always give the same bytes.
//
//   node dist/scripts/generate-data.js --roles 10000 --out /tmp/career-10k [--seed 7]
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';

export interface GenerateOptions {
  /** Total number of roles in the result, built-in roles included. */
  roles: number;
  seed: number;
  out: string;
  /** The data directory to start from (the built-in data). */
  baseDir: string;
}

export const GENERATED_SOURCE = 'generated-benchmark-data';
const SKILLS_PER_ROLE = 20;
const CERTIFICATIONS_PER_ROLE = 10;
const LEVELS = [
  { id: 'assistant', title: (t: string) => `Assistant ${t}`, years: [1, 3], pay: 0.7 },
  { id: 'manager', title: (t: string) => t, years: [3, 6], pay: 1 },
  { id: 'senior', title: (t: string) => `Senior ${t}`, years: [6, 10], pay: 1.25 },
  { id: 'director', title: (t: string) => `Director of ${t.replace(/ Manager$/, '')}`, years: [10, 15], pay: 1.55 },
  { id: 'vp', title: (t: string) => `VP of ${t.replace(/ Manager$/, '')}`, years: [15, 20], pay: 1.9 },
  { id: 'cio', title: (t: string) => `Chief ${t.replace(/ Manager$/, '')} Officer`, years: [20, undefined], pay: 2.3 },
] as const;

const QUALIFIERS = [
  'Regional',
  'Global',
  'Enterprise',
  'Field',
  'Platform',
  'Corporate',
  'Product',
  'Digital',
  'Shared',
  'Group',
];
const AREAS = [
  'Cloud',
  'Network',
  'Security',
  'Data',
  'Storage',
  'Identity',
  'Endpoint',
  'Service Desk',
  'Infrastructure',
  'Database',
  'Observability',
  'Release',
  'Integration',
  'Analytics',
  'Backup',
  'Compliance',
  'Asset',
  'Collaboration',
  'Telecom',
  'Datacenter',
  'Automation',
  'Workplace',
  'Application',
  'Messaging',
  'Virtualization',
  'Edge',
  'Mobile',
  'Licensing',
  'Vendor',
  'Continuity',
  'Architecture',
  'Quality',
  'Capacity',
  'Change',
  'Incident',
  'Problem',
  'Knowledge',
  'Portfolio',
  'Research',
  'Procurement',
];
const FUNCTIONS = [
  'Operations',
  'Engineering',
  'Services',
  'Support',
  'Delivery',
  'Governance',
  'Planning',
  'Programs',
  'Reliability',
  'Strategy',
  'Systems',
  'Projects',
  'Risk',
  'Transformation',
  'Performance',
  'Controls',
  'Design',
  'Migration',
  'Enablement',
  'Resilience',
  'Modernisation',
  'Intelligence',
  'Assurance',
  'Lifecycle',
  'Management',
];
const INDUSTRIES = [
  'Finance and Insurance',
  'Manufacturing',
  'Health Care',
  'Retail Trade',
  'Government',
  'Education',
  'Information',
  'Utilities',
];
const COUNTRIES = [
  { country: 'United Kingdom', currency: 'GBP', rate: 1.25 },
  { country: 'Germany', currency: 'EUR', rate: 1.08 },
  { country: 'Canada', currency: 'CAD', rate: 0.73 },
  { country: 'Australia', currency: 'AUD', rate: 0.66 },
  { country: 'Singapore', currency: 'SGD', rate: 0.74 },
  { country: 'India', currency: 'INR', rate: 0.012 },
];
const VERBS = ['Runs', 'Owns', 'Leads', 'Coordinates', 'Oversees', 'Plans', 'Improves', 'Secures'];
const OBJECTS = [
  'the daily operation',
  'the budget and vendors',
  'incident response',
  'capacity planning',
  'the roadmap',
  'service levels',
  'audits and controls',
  'the team and its hiring',
];

/** mulberry32: small, fast and good enough for test data; the same seed gives the same sequence. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  /** `count` distinct items, in random order. */
  const sample = <T>(list: readonly T[], count: number) => {
    const copy = [...list];
    for (let i = 0; i < count; i++) {
      const j = i + Math.floor(next() * (copy.length - i));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy.slice(0, count);
  };
  return { next, int, pick, sample };
}

type Random = ReturnType<typeof random>;
const q = (text: string) => JSON.stringify(text); // a JSON string is a valid YAML double-quoted scalar
const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
const round = (n: number, step: number) => Math.round(n / step) * step;

/** Unique role titles: qualifier x area x function gives 10,000 combinations. */
function roleTitles(count: number, rnd: Random): string[] {
  const all: string[] = [];
  for (const qualifier of QUALIFIERS)
    for (const area of AREAS) for (const fn of FUNCTIONS) all.push(`${qualifier} ${area} ${fn} Manager`);
  if (count > all.length) throw new Error(`can generate at most ${all.length} roles`);
  return rnd.sample(all, count);
}

interface Catalogs {
  skills: string[];
  certifications: string[];
}

function roleYaml(title: string, id: string, relatedIds: string[], catalogs: Catalogs, rnd: Random): string {
  const base = round(rnd.int(70_000, 140_000), 1000);
  const skills = rnd.sample(catalogs.skills, SKILLS_PER_ROLE);
  const certs = rnd.sample(catalogs.certifications, CERTIFICATIONS_PER_ROLE);
  const src = GENERATED_SOURCE;
  const sentence = () =>
    `${rnd.pick(VERBS)} ${rnd.pick(OBJECTS)} for ${title.toLowerCase()} work in a ${rnd.pick(INDUSTRIES).toLowerCase()} organization.`;
  const lines: string[] = [
    `id: ${id}`,
    `title: ${q(title)}`,
    'aliases:',
    `  - ${q(title.replace(/ Manager$/, ' Lead'))}`,
    `  - ${q(
      `${title
        .split(' ')
        .map((w) => w[0])
        .join('')} Manager ${id.slice(-4)}`,
    )}`,
    `summary: ${q(`${sentence()} ${sentence()} Generated for benchmarks; not real career data.`)}`,
    'facts:',
    '  medianSalary:',
    `    - value: ${base}`,
    `      source: ${src}`,
    `      note: ${q('Generated median for the role level.')}`,
    '      primary: true',
    `      why: ${q('Matches the ladder level the role stands for.')}`,
    `    - value: ${round(base * 1.2, 1000)}`,
    `      source: ${src}`,
    `      note: ${q('Generated occupation-wide figure.')}`,
    '  averageSalary:',
    `    - value: ${round(base * 1.05, 1000)}`,
    `      source: ${src}`,
    '  salaryRange:',
    `    - min: ${round(base * 0.75, 1000)}`,
    `      max: ${round(base * 1.3, 1000)}`,
    '      currency: USD',
    `      source: ${src}`,
    '  growth:',
    `    - percent: ${rnd.int(2, 20)}`,
    `      period: "2022-2032"`,
    `      outlook: ${q('faster than average')}`,
    `      source: ${src}`,
    '  annualOpenings:',
    `    - value: ${round(rnd.int(1_000, 60_000), 100)}`,
    `      source: ${src}`,
    '  topIndustries:',
    '    items:',
    ...rnd.sample(INDUSTRIES, 3).map((i) => `      - ${q(i)}`),
    `    source: ${src}`,
    '  education:',
    `    summary: ${q("Usually a bachelor's in computer science or a related field, plus years in technical IT roles.")}`,
    `    source: ${src}`,
    'skills:',
    ...skills.flatMap((skill) => [`  - skill: ${skill}`, `    importance: ${rnd.int(1, 3)}`, `    source: ${src}`]),
    'certifications:',
    ...certs.flatMap((cert) => [`  - certification: ${cert}`, `    source: ${src}`]),
    'ladder:',
    '  mainLevel: manager',
    `  source: ${src}`,
    '  levels:',
  ];
  LEVELS.forEach((level, index) => {
    const median = round(base * level.pay, 1000);
    const [min, max] = level.years;
    lines.push(
      `    - id: ${level.id}`,
      `      title: ${q(level.title(title))}`,
      `      experience: {min: ${min}${max === undefined ? ', openEnded: true' : `, max: ${max}`}}`,
      `      salary: {median: ${median}, average: ${round(median * 1.04, 1000)}, currency: USD, source: ${src}}`,
      `      scope: ${q(`${sentence()} ${sentence()}`)}`,
      '      focus:',
      ...[0, 1, 2].map(() => `        - ${q(`${rnd.pick(VERBS)} ${rnd.pick(OBJECTS)}`)}`),
      `      skills: [${rnd.sample(skills, 5).join(', ')}]`,
      `      certifications: [${certs.slice(index, index + 2).join(', ')}]`,
      `      source: ${src}`,
    );
  });
  lines.push(
    'entry:',
    '  steps:',
    ...['Build the technical foundation', 'Work in a hands-on role', 'Take on team leadership'].flatMap((step, i) => [
      `    - title: ${q(step)}`,
      `      summary: ${q(sentence())}`,
      `      duration: {min: ${i + 1}, max: ${i + 3}, unit: years}`,
      ...(i === 0 ? [`      certifications: [${certs[0]}]`] : []),
      `      source: ${src}`,
    ]),
    '  timelines:',
    ...(['beginner', 'changer', 'related'] as const).flatMap((kind, i) => [
      `    ${kind}:`,
      `      years: {min: ${5 - i * 2}, max: ${8 - i * 2}}`,
      `      summary: ${q(sentence())}`,
      `      source: ${src}`,
    ]),
    'globalSalaries:',
    ...rnd.sample(COUNTRIES, 3).flatMap((c) => {
      const usdMin = round(base * 0.6, 1000);
      const usdMax = round(base * 0.9, 1000);
      return [
        `  - country: ${q(c.country)}`,
        `    currency: ${c.currency}`,
        `    localMin: ${round(usdMin / c.rate, 1000)}`,
        `    localMax: ${round(usdMax / c.rate, 1000)}`,
        `    usdMin: ${usdMin}`,
        `    usdMax: ${usdMax}`,
        `    source: ${src}`,
      ];
    }),
    'specializations:',
    ...[0, 1].flatMap(() => {
      const area = rnd.pick(AREAS);
      return [`  - name: ${q(`${area} focus`)}`, `    summary: ${q(sentence())}`, `    source: ${src}`];
    }),
    // An empty list, not a bare "related:" (null), when there is one generated role only.
    ...(relatedIds.length ? ['related:'] : ['related: []']),
    ...relatedIds.flatMap((r) => [`  - role: ${r}`, `    source: ${src}`]),
    'sources:',
    `  - ${src}`,
  );
  return `${lines.join('\n')}\n`;
}

/** Extra skills and certifications so each role can draw 20 and 10 distinct ones from a realistic pool. */
function extendCatalogs(baseDir: string, out: string, rnd: Random): Catalogs {
  const skillsFile = parse(readFileSync(join(baseDir, 'skills.yaml'), 'utf8')) as { skills: { id: string }[] };
  const certsFile = parse(readFileSync(join(baseDir, 'certifications.yaml'), 'utf8')) as {
    certifications: { id: string }[];
  };
  const sourcesFile = parse(readFileSync(join(baseDir, 'sources.yaml'), 'utf8')) as { sources: object[] };

  const newSkills = AREAS.slice(0, 30).map((area) => ({
    id: `${slug(area)}-practice`,
    name: `${area} practice`,
    kind: rnd.next() < 0.8 ? 'technical' : 'soft',
    description: `Generated skill: day-to-day ${area.toLowerCase()} work.`,
  }));
  const certLevels = ['entry', 'foundation', 'intermediate', 'advanced', 'expert'] as const;
  const newCerts = AREAS.slice(0, 25).map((area) => ({
    id: `${slug(area)}-professional`,
    name: `Certified ${area} Professional`,
    issuer: 'Generated Certification Board',
    level: rnd.pick(certLevels),
    summary: `Generated certification for ${area.toLowerCase()} practitioners.`,
    source: GENERATED_SOURCE,
  }));
  sourcesFile.sources.push({
    id: GENERATED_SOURCE,
    publisher: 'career benchmark generator',
    title: 'Generated benchmark data',
    covers: 'Synthetic roles made by scripts/generate-data.ts to test speed at scale; not real career data.',
    kind: 'assumption',
  });
  skillsFile.skills.push(...newSkills);
  certsFile.certifications.push(...newCerts);
  writeFileSync(join(out, 'sources.yaml'), stringify(sourcesFile));
  writeFileSync(join(out, 'skills.yaml'), stringify(skillsFile));
  writeFileSync(join(out, 'certifications.yaml'), stringify(certsFile));
  return { skills: skillsFile.skills.map((s) => s.id), certifications: certsFile.certifications.map((c) => c.id) };
}

export function generateDataSet(options: GenerateOptions): { roles: number; dir: string } {
  const { baseDir, out } = options;
  const rnd = random(options.seed);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'roles'), { recursive: true });
  mkdirSync(join(out, 'quizzes'), { recursive: true });
  const catalogs = extendCatalogs(baseDir, out, rnd);
  copyFileSync(join(baseDir, 'transitions.yaml'), join(out, 'transitions.yaml'));
  const builtInRoles = readdirSync(join(baseDir, 'roles')).filter((f) => f.endsWith('.yaml'));
  for (const file of builtInRoles) copyFileSync(join(baseDir, 'roles', file), join(out, 'roles', file));
  for (const file of readdirSync(join(baseDir, 'quizzes')).filter((f) => f.endsWith('.yaml'))) {
    copyFileSync(join(baseDir, 'quizzes', file), join(out, 'quizzes', file));
  }

  const count = Math.max(0, options.roles - builtInRoles.length);
  const titles = roleTitles(count, rnd);
  const ids = titles.map((title, i) => `${slug(title)}-${String(i + 1).padStart(5, '0')}`);
  ids.forEach((id, i) => {
    const related =
      count > 1
        ? [ids[(i + 1) % count]!, ids[(i + 7) % count]!].filter((r, k, all) => r !== id && all.indexOf(r) === k)
        : [];
    writeFileSync(join(out, 'roles', `${id}.yaml`), roleYaml(titles[i]!, id, related, catalogs, rnd));
  });
  return { roles: builtInRoles.length + count, dir: out };
}

function parseArgs(argv: string[]): { roles: number; seed: number; out: string } {
  const value = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const roles = Number(value('--roles') ?? 1000);
  const seed = Number(value('--seed') ?? 7);
  const out = value('--out');
  if (!out || !Number.isInteger(roles) || roles < 1 || !Number.isInteger(seed)) {
    throw new Error('usage: generate-data --roles N --out DIR [--seed S]');
  }
  return { roles, seed, out };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = parseArgs(process.argv.slice(2));
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const result = generateDataSet({ ...args, baseDir: join(root, 'data') });
  process.stdout.write(`generate-data: ${result.roles} roles written to ${result.dir}\n`);
}
