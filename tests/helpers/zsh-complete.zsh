# Real zsh completion, driven through a pseudo-terminal: an interactive zsh
# with compinit loads `career completion zsh`, then each argument is typed as
# a command line followed by Tab. compadd is wrapped to print every candidate
# it is given as <<word|shown text|suffix>>, then a line "<<end>>" per command
# line. The suffix is "none" when the candidate is added with -S ''.
zmodload zsh/zpty
zpty z zsh -f -i
zpty -w z "PS1='' RPROMPT=''"
# compinit reads every completion function of zsh the first time (about 2 s
# here); later runs reuse its dump file, as a user's zsh does (~/.zcompdump).
# compinit makes a new one itself when zsh or its functions change.
zpty -w z "autoload -Uz compinit && compinit -u -d ${TMPDIR:-/tmp}/career-test-zcompdump"
zpty -w z 'source <(career completion zsh)'
# _career prints a marker when it is done, so the next keys are sent only then:
# typed ahead while `career __complete` still runs (a busy machine), they made
# zsh skip the listing.
zpty -w z 'functions[_career_inner]=$functions[_career]; _career() { _career_inner "$@"; local status_=$?; print -r -- "<<done>>"; return status_; }'
zpty -w z 'compadd() { local -a hits; local suffix=space display="" i; builtin compadd -O hits "$@"; for ((i = 1; i < $#; i++)); do case ${@[i]} in -S) [[ -z ${@[i+1]} ]] && suffix=none ;; -d) display=${@[i+1]} ;; esac; done; for ((i = 1; i <= $#hits; i++)); do print -r -- "<<$hits[i]|${${display:+${${(P)display}[i]}}:-}|$suffix>>"; done; builtin compadd "$@"; }'
zpty -w z "zstyle ':completion:*' menu no"
zpty -w z 'print -r -- READY'
zpty -r z line '*READY*'
for line in "$@"; do
  zpty -n -w z "$line"$'\t'
  completed=''
  zpty -r z completed '*<<done>>*'
  # Ctrl-U clears the line; the marker says this line's completion is over.
  zpty -n -w z $'\x15print -r -- "<<""end>>"\n'
  out=''
  zpty -r z out '*<<end>>*'
  print -r -- "$completed$out"
done
zpty -d z
