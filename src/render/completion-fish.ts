// The fish completion script: one `complete` line per subcommand, option and
// argument, each guarded by the command path the words typed so far lead to.
// Names from the data come from `career __complete` at completion time.
import { allCommands, valueOptions, type CommandSpec, type ValueKind } from './completion-spec.js';

/** Single-quoted for fish (only \\ and ' are special inside). */
const fishQuote = (text: string) => `'${text.replace(/[\\']/g, (c) => `\\${c}`)}'`;

export function fishScript(spec: CommandSpec, bin: string): string {
  const fn = `__${bin.replace(/\W/g, '_')}`;
  const commands = allCommands(spec);
  const lines: string[] = [];
  const at = (path: string[]) => `-n ${fishQuote(`${fn}_at ${fishQuote(path.join(' '))}`)}`;

  for (const command of commands) {
    for (const sub of command.subcommands) {
      lines.push(
        `complete -c ${bin} ${at(command.path)} -a ${fishQuote(sub.path.at(-1)!)} -d ${fishQuote(sub.description)}`,
      );
    }
    for (const option of command.options) {
      // Root options work after a subcommand too, except --help and --version (each command has its own help).
      const global = command.path.length === 0 && !option.names.some((n) => n === '--help' || n === '--version');
      const condition = global ? '' : ` ${at(command.path)}`;
      const names = option.names.map((n) => (n.startsWith('--') ? `-l ${n.slice(2)}` : `-s ${n.slice(1)}`)).join(' ');
      const value = option.value ? ` ${optionValue(option.value, fn)}` : '';
      lines.push(`complete -c ${bin}${condition} ${names}${value} -d ${fishQuote(option.description)}`);
    }
    const kinds = new Map(command.args.map((kind) => [JSON.stringify(kind), kind]));
    for (const kind of kinds.values()) {
      const value = argumentValue(kind, fn);
      if (value) lines.push(`complete -c ${bin} ${at(command.path)} ${value}`);
    }
  }

  const subcommandArms = commands
    .filter((c) => c.subcommands.length > 0)
    .map(
      (c) =>
        `        case ${fishQuote(c.path.join(' '))}\n            contains -- $word ${c.subcommands.map((s) => fishQuote(s.path.at(-1)!)).join(' ')}`,
    )
    .join('\n');
  const valueOptionNames = [...new Set(valueOptions(spec).map((o) => o.name))].map(fishQuote).join(' ');

  return `# ${bin} completion for fish.
# Load it every time:  ${bin} completion fish > ~/.config/fish/completions/${bin}.fish

function ${fn}_is_subcommand --argument-names path word
    switch $path
${subcommandArms}
        case '*'
            return 1
    end
end

# Prints the command path of the words before the cursor, the --data directory, then the first argument.
function ${fn}_scan
    set -l path ''
    set -l data ''
    set -l first ''
    set -l pending ''
    set -l npos 0
    set -l words (commandline -opc)
    set -e words[1]
    for word in $words
        if test -n "$pending"
            test "$pending" = --data; and set data $word
            set pending ''
            continue
        end
        switch $word
            case '--data=*'
                set data (string replace -- '--data=' '' $word)
            case '-*'
                contains -- $word ${valueOptionNames}; and set pending $word
            case '*'
                if test $npos -eq 0; and ${fn}_is_subcommand "$path" $word
                    set path (string trim -- "$path $word")
                else
                    test $npos -eq 0; and set first $word
                    set npos (math $npos + 1)
                end
        end
    end
    printf '%s\\n' "$path" "$data" "$first"
end

function ${fn}_at --argument-names wanted
    set -l scan (${fn}_scan)
    test "$scan[1]" = "$wanted"
end

# Names of a kind from the data in use, "word<TAB>title" a line: for the word
# being completed, or for level-ids (--level) the first argument's levels.
function ${fn}_names --argument-names kind
    set -l scan (${fn}_scan)
    set -l data $scan[2]
    set -l context (commandline -ct)
    test "$kind" = level-ids; and set context $scan[3]
    set -l bin (commandline -opc)[1]
    if test -n "$data"
        $bin --data (string replace -r '^~/' "$HOME/" -- $data) __complete $kind -- "$context" 2>/dev/null
    else
        $bin __complete $kind -- "$context" 2>/dev/null
    end
end

complete -c ${bin} -f
${lines.join('\n')}
`;
}

/** How fish completes an option's value. */
function optionValue(value: ValueKind, fn: string): string {
  if (value.kind === 'file') return '-r -F';
  const words = candidates(value, fn);
  return words ? `-x -a ${fishQuote(words)}` : '-x';
}

/** How fish completes a positional argument; '' when anything goes. */
function argumentValue(value: ValueKind, fn: string): string {
  if (value.kind === 'file') return '-F';
  const words = candidates(value, fn);
  return words ? `-f -a ${fishQuote(words)}` : '';
}

function candidates(value: ValueKind, fn: string): string | undefined {
  switch (value.kind) {
    case 'data':
      return `(${fn}_names ${value.words})`;
    case 'dir':
      return '(__fish_complete_directories (commandline -ct))';
    case 'choices':
      return value.choices.join(' ');
    default:
      return undefined;
  }
}
