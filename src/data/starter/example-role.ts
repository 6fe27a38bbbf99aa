// The example role `career data init` writes: a full six-level ladder with
// made-up round figures, every one pointing at the example sources, so the
// directory shows every part of a role file and cannot be mistaken for real data.
export const EXAMPLE_ROLE_ID = 'example-support-manager';

export const exampleRoleYaml = `# An example role written by "career data init". Every figure is MADE UP:
# replace it with your own, and point each "source:" at an entry in ../sources.yaml.
id: ${EXAMPLE_ROLE_ID}
title: Support Manager (example)
aliases:
  - Example Support Manager
summary: >-
  EXAMPLE ROLE. Leads an IT support team: keeps tickets moving, sets service levels, hires and
  coaches staff and reports on service quality. Replace this text with your own description.
facts:
  # When sources disagree, list every value, mark exactly one "primary: true" and say why.
  medianSalary:
    - value: 100000
      source: example-guide
      note: Made-up example figure.
      primary: true
      why: Example reason - the guide describes this exact level; the survey mixes in directors.
    - value: 110000
      source: example-survey
      note: Made-up example figure from a second made-up source.
  salaryRange:
    - min: 80000
      max: 120000
      currency: USD
      source: example-guide
      note: Made-up example range.
  growth:
    - percent: 5
      period: 2025-2035
      outlook: example outlook
      source: example-survey
      note: Made-up example figure.
skills:
  # importance: 3 core, 2 important, 1 useful
  - skill: example-service-management
    importance: 3
    source: example-guide
  - skill: example-ticketing-tools
    importance: 2
    source: example-guide
  - skill: example-leadership
    importance: 3
    source: example-guide
  - skill: example-communication
    importance: 2
    source: example-guide
certifications:
  - certification: example-service-foundation
    source: example-guide
  - certification: example-service-lead
    source: example-guide
ladder:
  mainLevel: manager
  source: example-guide
  levels:
    - id: assistant
      title: Assistant Support Manager (example)
      experience: {min: 1, max: 3}
      salary: {median: 70000, average: 72000, currency: USD, source: example-guide}
      scope: Example scope - runs a shift of the support desk and handles escalations.
      focus:
        - Example focus - ticket triage and queue health
      skills: [example-ticketing-tools, example-communication]
      certifications: [example-service-foundation]
      source: example-guide
      # What the level expects: proficiency 1-5 per skill, years leading people, and the skills
      # each focus area builds (one list per focus entry). Made-up example figures.
      expects:
        skills: {example-ticketing-tools: 3, example-service-management: 2, example-communication: 3}
        leadershipYears: 0
        leadershipSource: example-guide
        focusSkills:
          - [example-ticketing-tools]
        source: example-guide
    - id: manager
      title: Support Manager (example)
      experience: {min: 3, max: 6}
      salary: {median: 100000, average: 102000, currency: USD, source: example-guide}
      scope: Example scope - leads the support team and owns its service levels.
      focus:
        - Example focus - hiring and coaching
      skills: [example-service-management, example-leadership]
      certifications: [example-service-lead]
      source: example-guide
      expects:
        skills: {example-ticketing-tools: 3, example-service-management: 3, example-leadership: 3, example-communication: 3}
        leadershipYears: 2
        leadershipSource: example-guide
        focusSkills:
          - [example-leadership]
        source: example-guide
    - id: senior
      title: Senior Support Manager (example)
      experience: {min: 6, max: 9}
      salary: {median: 120000, average: 123000, currency: USD, source: example-guide}
      scope: Example scope - runs several support teams across sites.
      focus:
        - Example focus - budgets and vendor contracts
      skills: [example-service-management, example-leadership]
      source: example-guide
      expects:
        skills: {example-service-management: 4, example-leadership: 4, example-communication: 3}
        leadershipYears: 4
        leadershipSource: example-guide
        focusSkills:
          - [example-service-management]
        source: example-guide
    - id: director
      title: Director of Support (example)
      experience: {min: 9, max: 13}
      salary: {median: 150000, average: 155000, currency: USD, source: example-guide}
      scope: Example scope - sets the support strategy for the whole organization.
      focus:
        - Example focus - strategy and executive reporting
      skills: [example-leadership, example-communication]
      source: example-guide
      expects:
        skills: {example-service-management: 4, example-leadership: 4, example-communication: 4}
        leadershipYears: 6
        leadershipSource: example-guide
        focusSkills:
          - [example-leadership, example-communication]
        source: example-guide
    - id: vp
      title: VP of Support (example)
      experience: {min: 13, max: 18}
      salary: {median: 190000, average: 195000, currency: USD, source: example-guide}
      scope: Example scope - answers for support and customer experience to the executive team.
      focus:
        - Example focus - organization design
      skills: [example-leadership]
      source: example-guide
      expects:
        skills: {example-leadership: 5, example-communication: 4}
        leadershipYears: 9
        leadershipSource: example-guide
        focusSkills:
          - [example-leadership]
        source: example-guide
    - id: chief
      title: Chief Customer Officer (example)
      experience: {min: 18, openEnded: true}
      salary: {median: 240000, currency: USD, source: example-guide}
      scope: Example scope - the top of the ladder.
      focus:
        - Example focus - company strategy
      skills: [example-leadership]
      source: example-guide
      expects:
        skills: {example-leadership: 5, example-communication: 5}
        leadershipYears: 12
        leadershipSource: example-guide
        focusSkills:
          - [example-leadership]
        source: example-guide
entry:
  steps:
    - title: Example step - learn the basics
      summary: Example - take a foundation course in service management.
      duration: {min: 3, max: 6, unit: months}
      certifications: [example-service-foundation]
      source: example-guide
    - title: Example step - work on a support desk
      summary: Example - spend a year or two answering tickets.
      duration: {min: 1, max: 2, unit: years}
      source: example-guide
  timelines:
    beginner:
      years: {min: 2, max: 4}
      summary: Example timeline for someone new to IT.
      source: example-guide
related: []
sources:
  - example-guide
  - example-survey
`;

export const exampleQuizYaml = `# Example quiz questions for the example role ("career quiz ${EXAMPLE_ROLE_ID}").
# answer is the index (from 0) of the correct choice.
role: ${EXAMPLE_ROLE_ID}
questions:
  - id: example-sla
    skill: example-service-management
    level: assistant
    question: "Example question: what does an SLA set out?"
    choices:
      - The service levels agreed with the people who use the service
      - The salary bands of the support team
      - The list of installed software
    answer: 0
    explanation: Example explanation - a service level agreement records the agreed targets, such as response times.
  - id: example-priority
    skill: example-ticketing-tools
    level: assistant
    question: "Example question: two tickets arrive at once; which do you take first?"
    choices:
      - The one that came in first, always
      - The one with the higher impact and urgency
      - The shorter one
    answer: 1
    explanation: Example explanation - priority follows impact and urgency, not arrival order.
  - id: example-coaching
    skill: example-leadership
    level: manager
    question: "Example question: an agent's resolution rate drops; what do you do first?"
    choices:
      - Talk with them to find the cause
      - Move them to another team
      - Wait for the next quarterly review
    answer: 0
    explanation: Example explanation - start with a conversation to understand the cause before acting.
`;
