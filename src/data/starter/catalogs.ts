// The catalog files `career data init` writes: sources (both marked as made-up
// examples), skills, certifications and an empty list of transitions.
import { EXAMPLE_ROLE_ID } from './example-role.js';
export const sourcesYaml = `# Where the figures come from. Every "source:" in the other files names an id here.
# These two sources are EXAMPLES: replace them with the documents you take figures from.
sources:
  - id: example-guide
    publisher: Example data (made up by "career data init")
    title: Example career guide - not a real source
    covers: Made-up example figures that show the shape of a data directory. Replace them.
    kind: assumption
  - id: example-survey
    publisher: Example data (made up by "career data init")
    title: Example salary survey - not a real source
    covers: A second made-up source, to show how disagreeing figures are recorded.
    kind: assumption
`;

export const skillsYaml = `# The skills roles, levels and quiz questions refer to. kind: technical or soft.
skills:
  - id: example-service-management
    name: Service management (example)
    kind: technical
    description: Example skill - running incident, request and change processes.
  - id: example-ticketing-tools
    name: Ticketing tools (example)
    kind: technical
    description: Example skill - configuring and reporting from a ticketing system.
  - id: example-leadership
    name: Leadership (example)
    kind: soft
    description: Example skill - hiring, coaching and leading a team.
  - id: example-communication
    name: Communication (example)
    kind: soft
    description: Example skill - explaining technical matters to non-technical people.
`;

export const certificationsYaml = `# Certifications roles and levels recommend.
# level: entry, foundation, intermediate, advanced or expert.
certifications:
  - id: example-service-foundation
    name: Example Service Foundation certificate
    issuer: Example issuer (made up)
    level: foundation
    summary: A made-up foundation certificate, to show the fields.
    cost: {min: 300, max: 500, currency: USD, source: example-guide, note: Made-up example cost.}
    studyWeeks: {min: 2, max: 4, source: example-guide}
    skills: [example-service-management, example-ticketing-tools]
    source: example-guide
  - id: example-service-lead
    name: Example Service Lead certificate
    issuer: Example issuer (made up)
    level: intermediate
    summary: A made-up intermediate certificate.
    skills: [example-service-management, example-leadership]
    source: example-guide
    # What the issuer asks before the exam, each with its source.
    prerequisites:
      - text: Example - one year leading a support team.
        source: example-guide
`;

export const transitionsYaml = `# Moves between the ladders of different roles, as ROLE:LEVEL ends, with the years they take.
# Add a second role file to make one, for example:
#  - from: ${EXAMPLE_ROLE_ID}:manager
#    to: other-role:manager
#    years: {min: 0, typical: 1, max: 2}
#    assumption: true
#    source: example-guide
#    note: Why this move takes about this long.
transitions: []
`;
