// Shell completion scripts for bash and zsh, generated from the command tree.
// Both shells share plain-sh lookup tables (subcommands, options, what each
// value or argument may be) and one scanner of the words typed so far; only
// the last step, handing candidates to the shell, differs. Names from the
// data are asked of `career __complete KIND` when completing, so they follow
// --data and CAREER_DATA.
import { LEVEL_KEY_KINDS } from '../core/completion-words.js';
import { allCommands, valueOptions, type CommandSpec, type ValueKind } from './completion-spec.js';
import { fishScript } from './completion-fish.js';
import { shQuote } from './format.js';

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

export function completionScript(shell: Shell, spec: CommandSpec, bin: string): string {
  if (shell === 'fish') return fishScript(spec, bin);
  return shell === 'bash' ? bashScript(spec, bin) : zshScript(spec, bin);
}

/** A value kind as one word for the sh tables: `@roles`, `@path-from`, `@dir`, ... or the choices themselves. */
function valueWord(value: ValueKind): string {
  if (value.kind === 'choices') return value.choices.join(' ');
  return value.kind === 'data' ? `@${value.words}` : `@${value.kind}`;
}

/** A sh `case` pattern matching the kinds after which ROLE:LEVEL may be typed. */
const levelKeyPattern = LEVEL_KEY_KINDS.join(' | ');

function caseFunction(
  name: string,
  comment: string,
  subject: string,
  arms: [pattern: string, value: string][],
): string {
  const body = arms.map(([pattern, value]) => `    ${pattern}) echo ${shQuote(value)} ;;`).join('\n');
  return `# ${comment}\n${name}() {\n  case ${subject} in\n${body}\n  esac\n}\n`;
}

/** Tables and the word scanner, valid in both bash and zsh. */
function shTables(spec: CommandSpec, fn: string): string {
  const commands = allCommands(spec);
  const key = (path: string[]) => shQuote(path.join(' '));
  // Root options work after a subcommand too; --help each command has, --version only the root.
  const globalOptions = spec.options
    .flatMap((o) => o.names)
    .filter((name) => !['-V', '--version', '-h', '--help'].includes(name));

  const subcommands = caseFunction(
    `${fn}_subcommands`,
    'The subcommands of a command path ("" is the top).',
    '"$1"',
    commands
      .filter((c) => c.subcommands.length > 0)
      .map((c) => [key(c.path), c.subcommands.map((s) => s.path.at(-1)!).join(' ')]),
  );
  const options = caseFunction(
    `${fn}_options`,
    'The options of a command path, the global ones included.',
    '"$1"',
    commands.map((c) => [
      key(c.path),
      [...new Set([...c.options.flatMap((o) => o.names), ...globalOptions])].join(' '),
    ]),
  );
  const optionValues = caseFunction(
    `${fn}_option_value`,
    'What the value of option $2 in command path $1 is (@dir @file @free, @KIND for names from the data, or its choices); nothing for a flag.',
    '"$1 $2"',
    valueOptions(spec).map(({ path, name, value }) => [
      path.length === 0 ? `*' ${name}'` : shQuote(`${path.join(' ')} ${name}`),
      valueWord(value),
    ]),
  );
  const argumentArms = commands.flatMap((c) =>
    c.args.map((value, index): [string, string] => {
      const repeats = c.variadic && index === c.args.length - 1;
      return [
        repeats ? `${shQuote(`${c.path.join(' ')}:`)}*` : shQuote(`${c.path.join(' ')}:${index}`),
        valueWord(value),
      ];
    }),
  );
  const args = caseFunction(
    `${fn}_argument`,
    'What positional argument $2 (from 0) of command path $1 is.',
    '"$1:$2"',
    argumentArms,
  );

  const described = caseFunction(
    `${fn}_described`,
    'The subcommands and options of a command path, one "name:description" a line (for zsh).',
    '"$1"',
    commands.map((c) => [
      key(c.path),
      [
        ...c.subcommands.map((sub) => [sub.path.at(-1)!, sub.description]),
        ...c.options.flatMap((o) => o.names.map((name) => [name, o.description])),
      ]
        .map(([name, description]) => `${name}:${description!.replace(/:/g, '\\:')}`)
        .join('\n'),
    ]),
  );

  return `${subcommands}
${options}
${described}
${optionValues}
${args}
${fn}_is_subcommand() {
  local sub
  for sub in $(${fn}_subcommands "$1"); do
    [ "$sub" = "$2" ] && return 0
  done
  return 1
}

# Reads the words before the cursor: the command path, how many arguments it
# has and the first of them, an option still waiting for its value, and the
# --data directory.
${fn}_scan() {
  ${fn}_path='' ${fn}_npos=0 ${fn}_first='' ${fn}_pending='' ${fn}_data=''
  local word
  for word in "$@"; do
    if [ -n "$${fn}_pending" ]; then
      [ "$${fn}_pending" = --data ] && ${fn}_data=$word
      ${fn}_pending=''
      continue
    fi
    case "$word" in
      --data=*) ${fn}_data=\${word#--data=} ;;
      -*) [ -n "$(${fn}_option_value "$${fn}_path" "$word")" ] && ${fn}_pending=$word ;;
      *)
        if [ "$${fn}_npos" -eq 0 ] && ${fn}_is_subcommand "$${fn}_path" "$word"; then
          ${fn}_path=\${${fn}_path:+$${fn}_path }$word
        else
          [ "$${fn}_npos" -eq 0 ] && ${fn}_first=$word
          ${fn}_npos=$((${fn}_npos + 1))
        fi ;;
    esac
  done
  case "$${fn}_data" in
    '~/'*) ${fn}_data=$HOME/\${${fn}_data#'~/'} ;;
  esac
}

# What may come at the cursor, as words for the table functions above.
${fn}_wanted() {
  if [ -n "$${fn}_pending" ]; then
    ${fn}_option_value "$${fn}_path" "$${fn}_pending"
  else
    case "$1" in
      -*) ${fn}_options "$${fn}_path" ;;
      *)
        [ "$${fn}_npos" -eq 0 ] && ${fn}_subcommands "$${fn}_path"
        ${fn}_argument "$${fn}_path" "$${fn}_npos" ;;
    esac
  fi
}

# Names of kind $2 from the data in use, one "word<TAB>title" a line, for the
# word $3 being completed ($1 is the career command). The levels of a role
# (--level) are those of the first argument.
${fn}_names() {
  local context=$3
  [ "$2" = level-ids ] && context=$${fn}_first
  if [ -n "$${fn}_data" ]; then
    "$1" --data "$${fn}_data" __complete "$2" -- "$context" 2>/dev/null
  else
    "$1" __complete "$2" -- "$context" 2>/dev/null
  fi
}

# True when a role id may be followed by ":LEVEL" for names of kind $1 and
# the word $2 has no colon yet: then no space goes after a completed id.
${fn}_takes_level() {
  case "$2" in *:*) return 1 ;; esac
  case "$1" in
    ${levelKeyPattern}) return 0 ;;
  esac
  return 1
}
`;
}

function bashScript(spec: CommandSpec, bin: string): string {
  const fn = `_${bin.replace(/\W/g, '_')}`;
  return `# ${bin} completion for bash.
# Load it now:         source <(${bin} completion bash)
# Load it every time:  ${bin} completion bash >> ~/.bashrc
${shTables(spec, fn)}
${fn}() {
  # Rejoin words bash split at ":" (COMP_WORDBREAKS), so ROLE:LEVEL is one word.
  local -a words=()
  local i word last
  for ((i = 1; i <= COMP_CWORD; i++)); do
    word=\${COMP_WORDS[i]}
    last=$((\${#words[@]} - 1))
    if [ "$last" -ge 0 ] && { [ "$word" = : ] || [[ \${words[last]} == *: ]]; }; then
      words[last]+=$word
    else
      words+=("$word")
    fi
  done
  local cur=\${words[\${#words[@]} - 1]}
  unset "words[\${#words[@]} - 1]"
  ${fn}_scan "\${words[@]}"

  local candidates='' token name description
  COMPREPLY=()
  for token in $(${fn}_wanted "$cur"); do
    case $token in
      @dir) COMPREPLY+=($(compgen -d -- "$cur")); compopt -o filenames 2>/dev/null ;;
      @file) COMPREPLY+=($(compgen -f -- "$cur")); compopt -o filenames 2>/dev/null ;;
      @free) ;;
      @*)
        while IFS=$'\t' read -r name description; do
          candidates+=" $name"
        done < <(${fn}_names "\${COMP_WORDS[0]}" "\${token#@}" "$cur")
        ${fn}_takes_level "\${token#@}" "$cur" && compopt -o nospace 2>/dev/null ;;
      *) candidates+=" $token" ;;
    esac
  done
  COMPREPLY+=($(compgen -W "$candidates" -- "$cur"))
  # bash replaces only the part after the last ":"; drop what is already typed.
  if [[ $cur == *:* && $COMP_WORDBREAKS == *:* ]]; then
    local typed=\${cur%"\${cur##*:}"}
    for i in "\${!COMPREPLY[@]}"; do
      COMPREPLY[i]=\${COMPREPLY[i]#"$typed"}
    done
  fi
}
complete -F ${fn} ${bin}
`;
}

function zshScript(spec: CommandSpec, bin: string): string {
  const fn = `_${bin.replace(/\W/g, '_')}`;
  return `#compdef ${bin}
# ${bin} completion for zsh.
# Load it now:         source <(${bin} completion zsh)   (after compinit)
# Load it every time:  ${bin} completion zsh > "\${fpath[1]}/_${bin}"
${shTables(spec, fn)}
${fn}() {
  local cur=$words[CURRENT] token line
  ${fn}_scan "\${(@)words[2,CURRENT-1]}"
  # Subcommands and options with their descriptions; names from the data with their titles.
  local -A descriptions
  for line in \${(f)"$(${fn}_described "$${fn}_path")"}; do
    descriptions[\${line%%:*}]=\${line#*:}
  done
  local -a described names plain suffix
  for token in $(${fn}_wanted "$cur"); do
    case $token in
      @dir) _files -/ ;;
      @file) _files ;;
      @free) ;;
      @*)
        for line in \${(f)"$(${fn}_names "$words[1]" "\${token#@}" "$cur")"}; do
          names+=("\${\${line%%$'\t'*}//:/\\:}:\${line#*$'\t'}")
        done
        ${fn}_takes_level "\${token#@}" "$cur" && suffix=(-S '') ;;
      *)
        if (( \${+descriptions[$token]} )); then described+=("$token:$descriptions[$token]"); else plain+=("$token"); fi ;;
    esac
  done
  (( \${#described} )) && _describe -t commands 'command or option' described
  (( \${#names} )) && _describe -t names 'name' names "\${suffix[@]}"
  (( \${#plain} )) && compadd -a plain
  return 0
}

if [[ \${zsh_eval_context[-1]} == loadautofunc ]]; then
  ${fn} "$@"
else
  compdef ${fn} ${bin}
fi
`;
}
