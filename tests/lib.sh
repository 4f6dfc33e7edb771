# Shared by the shell tests: TAP output and the test instance.
# Source it from a test: . "${top_srcdir:-.}/tests/lib.sh"

: "${top_srcdir:=$(cd "$(dirname "$0")/.." && pwd)}"
: "${top_builddir:=$top_srcdir}"
: "${BUILDDIR:=$top_builddir}"
: "${ECHO_BIN:=$BUILDDIR/cgi-bin/echosciences.fcgi}"
export top_srcdir top_builddir BUILDDIR ECHO_BIN

TAP_N=0
TAP_FAILED=0

ok() {	# ok <status> <description>
	TAP_N=$((TAP_N + 1))
	if [ "$1" -eq 0 ]; then
		echo "ok $TAP_N - $2"
	else
		echo "not ok $TAP_N - $2"
		TAP_FAILED=$((TAP_FAILED + 1))
	fi
}

diag() {
	printf '%s\n' "$@" | sed 's/^/# /'
}

done_testing() {
	echo "1..$TAP_N"
	[ "$TAP_FAILED" -eq 0 ]
}

bail() {
	echo "Bail out! $*"
	exit 1
}

# Starts (once, whoever asks first) the test instance: MariaDB with the
# demo data of a fixed date, the FastCGI workers and nginx.
stack_ensure() {
	"$top_srcdir/dev" stack-up test >&2 || bail "cannot start the test stack"
	eval "$("$top_srcdir/dev" stack-env test)"
	: "${ECHO_TEST_URL:?}"
}

TMP=$(mktemp -d "${TMPDIR:-/tmp}/echotest.XXXXXX")
trap 'rm -rf "$TMP"' EXIT

# fetch <path> [curl args…]: body in $TMP/body, headers in $TMP/headers,
# status in $STATUS.
fetch() {
	_path=$1
	rm -f "$TMP/body" "$TMP/headers"
	shift
	STATUS=$(curl -s -o "$TMP/body" -D "$TMP/headers" -w '%{http_code}' \
	    --max-time 20 "$@" "$ECHO_TEST_URL$_path") || STATUS=000
}

header() {	# header <name>: the value of a response header
	tr -d '\r' < "$TMP/headers" | awk -v h="$1" \
	    'BEGIN { IGNORECASE = 1 } tolower($0) ~ "^" tolower(h) ":" { sub(/^[^:]*: */, ""); print; exit }'
}

# sql <statement>: runs against the test database as root.
sql() {
	mariadb --socket="$ECHO_TEST_DB_SOCKET" -u root -N -B "$ECHO_TEST_DB" -e "$1"
}

# cgi <uri> [VAR=value…]: the program as a plain CGI, output in $TMP/cgi.
cgi() {
	_uri=$1
	shift
	_qs=${_uri#*\?}
	[ "$_qs" = "$_uri" ] && _qs=
	env -i PATH="$PATH" TZ=UTC ECHO_CONF="$top_srcdir/conf/echosciences.conf" \
	    ECHO_DB_SOCKET="$ECHO_TEST_DB_SOCKET" ECHO_DB_NAME="$ECHO_TEST_DB" \
	    ECHO_DB_USER=root ECHO_DB_PASSWORD= \
	    ECHO_XSL_DIR="$top_srcdir/xsl" ECHO_CACHE_TTL=0 \
	    ASAN_OPTIONS="${ASAN_OPTIONS:-}" UBSAN_OPTIONS="${UBSAN_OPTIONS:-}" LSAN_OPTIONS="${LSAN_OPTIONS:-}" \
	    GATEWAY_INTERFACE=CGI/1.1 REQUEST_METHOD=GET SERVER_NAME=localhost \
	    REQUEST_URI="$_uri" QUERY_STRING="$_qs" "$@" \
	    "$ECHO_BIN" < /dev/null > "$TMP/cgi" 2> "$TMP/cgi.err"
}

cgi_status() {
	sed -n '1s/^Status: \([0-9]*\).*/\1/p' "$TMP/cgi" | tr -d '\r'
}

# new_member JAR [NAME] [TERRITORY]: a confirmed member with an open
# session, made in SQL (a known token); the session cookie goes into the
# curl cookie jar JAR, the session's CSRF token into JAR.csrf.  Prints the
# member's id.  Faster than signing up by mail, for tests of what members do.
new_member() {
	_jar=$1 _name=${2:-Membre de test} _terr=${3:-grenoble}
	_n=$(od -An -N6 -tx1 /dev/urandom | tr -d ' \n')
	_email="membre.$_n@example.org"
	_tok=$(head -c 32 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n' | cut -c1-43)
	_csrf=$(head -c 32 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n' | cut -c1-43)
	_hash=$(printf %s "$_tok" | sha256sum | cut -d' ' -f1)
	sql "INSERT INTO members (kind, display_name, slug, email, home_territory_id, status, confirmed_at)
	    SELECT 'person', '$(printf %s "$_name" | sed "s/'/''/g")', 'membre-de-test', '$_email', id, 'active', UTC_TIMESTAMP()
	    FROM territories WHERE slug = '$_terr'" || return 1
	_id=$(sql "SELECT id FROM members WHERE email = '$_email'")
	sql "INSERT INTO sessions (token_hash, member_id, csrf, expires_at)
	    VALUES (UNHEX('$_hash'), $_id, '$_csrf', UTC_TIMESTAMP() + INTERVAL 1 DAY)" || return 1
	_host=$(printf %s "$ECHO_TEST_URL" | sed 's|^[a-z]*://||; s|[:/].*||')
	printf '%s\tFALSE\t/\tFALSE\t0\tsession\t%s\n' "$_host" "$_tok" > "$_jar"
	printf '%s\n' "$_csrf" > "$_jar.csrf"
	echo "$_id"
}

# A yescrypt hash of a password, made by libxcrypt as the program does.
pw_hash() {
	python3 - "$1" <<'PY'
import ctypes, ctypes.util, sys
lc = ctypes.CDLL(ctypes.util.find_library("crypt"))
lc.crypt_gensalt.restype = ctypes.c_char_p
lc.crypt_gensalt.argtypes = [ctypes.c_char_p, ctypes.c_ulong, ctypes.c_char_p, ctypes.c_int]
lc.crypt.restype = ctypes.c_char_p
lc.crypt.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
print(lc.crypt(sys.argv[1].encode(), lc.crypt_gensalt(b"$y$", 0, None, 0)).decode())
PY
}
# grant_role MEMBER TERRITORY ROLE: editor or admin ("national": network).
grant_role() {
	sql "INSERT INTO member_roles (member_id, territory_id, role)
	    SELECT $1, id, '$3' FROM territories WHERE slug = '$2'
	    ON DUPLICATE KEY UPDATE role = VALUES(role)"
}

# post_form PATH JAR [curl args…]: a urlencoded form from this site with
# the session's CSRF token added (pass fields as --data-urlencode k=v);
# body, headers and status as fetch() leaves them.
post_form() {
	_p=$1 _j=$2
	shift 2
	rm -f "$TMP/body" "$TMP/headers"
	STATUS=$(curl -s -o "$TMP/body" -D "$TMP/headers" -w '%{http_code}' \
	    --max-time 20 -b "$_j" -H "Origin: $ECHO_TEST_URL" \
	    --data-urlencode "csrf=$(cat "$_j.csrf")" "$@" \
	    "$ECHO_TEST_URL$_p") || STATUS=000
}

# post_multipart PATH JAR [curl -F args…]: the same as multipart/form-data.
post_multipart() {
	_p=$1 _j=$2
	shift 2
	rm -f "$TMP/body" "$TMP/headers"
	STATUS=$(curl -s -o "$TMP/body" -D "$TMP/headers" -w '%{http_code}' \
	    --max-time 30 -b "$_j" -H "Origin: $ECHO_TEST_URL" \
	    -F "csrf=$(cat "$_j.csrf")" "$@" \
	    "$ECHO_TEST_URL$_p") || STATUS=000
}
