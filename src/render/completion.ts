// Shell completion scripts for bash and zsh, generated from the command tree.
// Both shells share plain-sh lookup tables (subcommands, options, what each
// value or argument may be) and one scanner of the words typed so far; only
// the last step, handing candidates to the shell, differs. Role ids and
// ROLE:LEVEL keys are asked of `career __complete` when completing, so they
// follow --data and CAREER_DATA.
import { allCommands, valueOptions, type CommandSpec, type ValueKind } from '../cli/completion-spec.js';
import { fishScript } from './completion-fish.js';
import { shQuote } from './format.js';

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

export function completionScript(shell: Shell, spec: CommandSpec, bin: string): string {
  if (shell === 'fish') return fishScript(spec, bin);
  return shell === 'bash' ? bashScript(spec, bin) : zshScript(spec, bin);
}

/** Single-quoted for sh: safe for any text. */

/** A value kind as one word for the sh tables: `@role`, `@dir`, ... or the choices themselves. */
function valueWord(value: ValueKind): string {
  return value.kind === 'choices' ? value.choices.join(' ') : `@${value.kind}`;
}

function caseFunction(name: string, comment: string, subject: string, arms: [pattern: string, value: string][]): string {
  const body = arms.map(([pattern, value]) => `    ${pattern}) echo ${shQuote(value)} ;;`).join('\n');
  return `# ${comment}\n${name}() {\n  case ${subject} in\n${body}\n  esac\n}\n`;
}

/** Tables and the word scanner, valid in both bash and zsh. */
function shTables(spec: CommandSpec, fn: string): string {
  const commands = allCommands(spec);
  const key = (path: string[]) => shQuote(path.join(' '));
  // Root options work after a subcommand too; --help each command has, --version only the root.
  const globalOptions = spec.options.flatMap((o) => o.names).filter((name) => !['-V', '--version', '-h', '--help'].includes(name));

  const subcommands = caseFunction(
    `${fn}_subcommands`,
    'The subcommands of a command path ("" is the top).',
    '"$1"',
    commands.filter((c) => c.subcommands.length > 0).map((c) => [key(c.path), c.subcommands.map((s) => s.path.at(-1)!).join(' ')]),
  );
  const options = caseFunction(
    `${fn}_options`,
    'The options of a command path, the global ones included.',
    '"$1"',
    commands.map((c) => [key(c.path), [...new Set([...c.options.flatMap((o) => o.names), ...globalOptions])].join(' ')]),
  );
  const optionValues = caseFunction(
    `${fn}_option_value`,
    'What the value of option $2 in command path $1 is (@role @level @dir @file @free, or its choices); nothing for a flag.',
    '"$1 $2"',
    valueOptions(spec).map(({ path, name, value }) => [path.length === 0 ? `*' ${name}'` : shQuote(`${path.join(' ')} ${name}`), valueWord(value)]),
  );
  const argumentArms = commands.flatMap((c) =>
    c.args.map((value, index): [string, string] => {
      const repeats = c.variadic && index === c.args.length - 1;
      return [repeats ? `${shQuote(`${c.path.join(' ')}:`)}*` : shQuote(`${c.path.join(' ')}:${index}`), valueWord(value)];
    }),
  );
  const args = caseFunction(`${fn}_argument`, 'What positional argument $2 (from 0) of command path $1 is.', '"$1:$2"', argumentArms);

  return `${subcommands}
${options}
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
# has, an option still waiting for its value, and the --data directory.
${fn}_scan() {
  ${fn}_path='' ${fn}_npos=0 ${fn}_pending='' ${fn}_data=''
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

# Role ids, or ROLE:LEVEL keys once the word has a colon, from the data in use.
${fn}_names() {
  local kind=roles
  case "$2" in *:*) kind=levels ;; esac
  if [ -n "$${fn}_data" ]; then
    "$1" --data "$${fn}_data" __complete "$kind" 2>/dev/null
  else
    "$1" __complete "$kind" 2>/dev/null
  fi
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

  local candidates='' token
  COMPREPLY=()
  for token in $(${fn}_wanted "$cur"); do
    case $token in
      @dir) COMPREPLY+=($(compgen -d -- "$cur")); compopt -o filenames 2>/dev/null ;;
      @file) COMPREPLY+=($(compgen -f -- "$cur")); compopt -o filenames 2>/dev/null ;;
      @role | @level) candidates+=" $(${fn}_names "\${COMP_WORDS[0]}" "$cur")" ;;
      @free) ;;
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
  local cur=$words[CURRENT] token
  ${fn}_scan "\${(@)words[2,CURRENT-1]}"
  local -a candidates
  for token in $(${fn}_wanted "$cur"); do
    case $token in
      @dir) _files -/ ;;
      @file) _files ;;
      @role | @level) candidates+=(\${(f)"$(${fn}_names "$words[1]" "$cur")"}) ;;
      @free) ;;
      *) candidates+=("$token") ;;
    esac
  done
  (( \${#candidates} )) && compadd -a candidates
  return 0
}

if [[ \${zsh_eval_context[-1]} == loadautofunc ]]; then
  ${fn} "$@"
else
  compdef ${fn} ${bin}
fi
`;
}
