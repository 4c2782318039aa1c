#!/usr/bin/env bash
# Builds the oracle: BuildKit's real Dockerfile parser/instructions/shell packages and
# moby/patternmatcher, taken from the vendor tree of a moby checkout, compiled offline with the
# Debian go1.19 toolchain (tiny shims for newer stdlib APIs). Usage:
#   bash setup.sh /path/to/moby-git-dir   -> /tmp/oracle/bin/oracle {parse FILE | lex | ignore}
# Then: python3 gen-corpus.py (rewrites ../../corpus/*.json from the .Dockerfile files).
set -euo pipefail
MOBY=${1:-/work/.mirror/moby+moby/repo}
O=/tmp/oracle
HERE=$(cd "$(dirname "$0")" && pwd)
rm -rf "$O" && mkdir -p "$O/src"
pkgs="github.com/moby/buildkit/frontend/dockerfile/parser github.com/moby/buildkit/frontend/dockerfile/shell
github.com/moby/buildkit/frontend/dockerfile/command github.com/moby/buildkit/frontend/dockerfile/instructions
github.com/moby/buildkit/frontend/dockerfile/linter github.com/moby/buildkit/util/suggest github.com/pkg/errors
github.com/agext/levenshtein github.com/moby/docker-image-spec/specs-go/v1 github.com/opencontainers/image-spec/specs-go
github.com/opencontainers/image-spec/specs-go/v1 github.com/opencontainers/go-digest github.com/docker/go-units
github.com/tonistiigi/go-csvvalue github.com/moby/patternmatcher github.com/moby/patternmatcher/ignorefile"
for p in $pkgs; do
  mkdir -p "$O/src/$p"
  for f in $(git -C "$MOBY" ls-tree HEAD "vendor/$p/" | awk '$2=="blob"{print $4}'); do
    git -C "$MOBY" show "HEAD:$f" > "$O/src/$p/$(basename "$f")"
  done
done
find "$O/src" -name '*_windows.go' -delete
mkdir -p "$O/src/github.com/moby/buildkit/util/stack" "$O/src/maps" "$O/src/slices" "$O/src/oracle"
printf 'package stack\n\nfunc Enable(err error) error { return err }\n' > "$O/src/github.com/moby/buildkit/util/stack/stack.go"
cat > "$O/src/maps/maps.go" <<'GO'
package maps

func Clone[M ~map[K]V, K comparable, V any](m M) M {
	if m == nil {
		return nil
	}
	r := make(M, len(m))
	for k, v := range m {
		r[k] = v
	}
	return r
}
GO
cat > "$O/src/slices/slices.go" <<'GO'
package slices

import "sort"

func Reverse[S ~[]E, E any](s S) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

func Sort[S ~[]E, E ~string](s S) { sort.Slice(s, func(i, j int) bool { return s[i] < s[j] }) }

func Contains[S ~[]E, E comparable](s S, v E) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}
GO
python3 - "$O" <<'PY'
import sys
o = sys.argv[1] + '/src/github.com/moby/buildkit/frontend/dockerfile/'
p = o + 'parser/directives.go'
s = open(p).read()
s = s.replace('''var directiveRegexp = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^([a-zA-Z][a-zA-Z0-9]*)\\s*=\\s*(.+?)\\s*$`)
})''', '''var directiveRegexpV = regexp.MustCompile(`^([a-zA-Z][a-zA-Z0-9]*)\\s*=\\s*(.+?)\\s*$`)

func directiveRegexp() *regexp.Regexp { return directiveRegexpV }

var _ sync.Mutex''')
s = s.replace('''	line, ok := bytes.CutPrefix(line, []byte(*d.comment))
	if !ok {''', '''	ok := bytes.HasPrefix(line, []byte(*d.comment))
	if ok {
		line = line[len(*d.comment):]
	}
	if !ok {''')
open(p, 'w').write(s)
p = o + 'instructions/parse.go'
s = open(p).read()
s = s.replace('''		if after, ok := strings.CutPrefix(line, name+" "); ok {
			return after
		}''', '''		if strings.HasPrefix(line, name+" ") {
			return line[len(name)+1:]
		}''')
open(p, 'w').write(s)
PY
cp "$HERE/oracle.go.txt" "$O/src/oracle/main.go"
cd "$O" && GO111MODULE=off GOPATH="$O" go build -o "$O/bin/oracle" oracle
echo "built $O/bin/oracle"
