#!/bin/bash
# ./dev bench: throughput and latency of the main pages against nginx
# serving a static file of about the article page's size, in the same
# run, on the dev instance (started if needed).  A benchmark, not a test:
# it prints figures and ratios, and fails nothing.
#
#   ./dev bench [--duration S] [--connections C] [--no-cache]
#
# --no-cache restarts the workers with the page cache off, to measure
# the full path (SQL, Markdown, XSLT) of every request.
set -euo pipefail
SRC=$(cd "$(dirname "$0")/.." && pwd)
DURATION=10
CONNS=32
NOCACHE=0
while [ $# -gt 0 ]; do
	case $1 in
	--duration) DURATION=$2; shift 2 ;;
	--connections) CONNS=$2; shift 2 ;;
	--no-cache) NOCACHE=1; shift ;;
	*) echo "usage: ./dev bench [--duration S] [--connections C] [--no-cache]" >&2; exit 2 ;;
	esac
done
[[ $DURATION =~ ^[1-9][0-9]*$ && $CONNS =~ ^[1-9][0-9]*$ ]] || { echo "bad number" >&2; exit 2; }

if [ "$NOCACHE" = 1 ]; then
	ECHO_CACHE_TTL=0 "$SRC/dev" up >/dev/null
else
	"$SRC/dev" up >/dev/null
fi
PORT=${PORT:-8080}
URL=http://127.0.0.1:$PORT
DB=(mariadb --socket="$SRC/var/run/mysql.sock" -u root -N -B echosciences)

article=$("${DB[@]}" -e "SELECT CONCAT('/', t.slug, '/articles/', c.id, '-', c.slug)
    FROM contributions c JOIN territories t ON t.id = c.territory_id
    WHERE c.kind = 'article' AND c.status = 'published' AND t.slug = 'grenoble'
    ORDER BY c.published_at DESC LIMIT 1")
# The reference: a static page as large as the article page.
size=$(curl -s "$URL$article" | wc -c)
mkdir -p "$SRC/var/bench"
head -c "$size" /dev/urandom | base64 -w 100 | head -c "$size" |
    sed '1s/^/<!DOCTYPE html><title>x<\/title><pre>/' > "$SRC/var/bench/static.html"

pids() { cat "$SRC/var/run/echosciences.pid" 2>/dev/null | while read -r p || [ -n "$p" ]; do [ -d "/proc/$p" ] && echo "$p"; done; }
rss() { local t=0 p; for p in $(pids); do t=$((t + $(awk '/VmRSS/ { print $2 }' "/proc/$p/status"))); done; echo "$t"; }
rss_each() { local p; for p in $(pids); do awk -v p="$p" '/VmRSS/ { printf "%s:%s kB ", p, $2 }' "/proc/$p/status"; done; }

run() { # run NAME PATH [wrk args]: wrk's figures as "req/s p50 p99 non-2xx"
	local path=$2
	shift 2
	wrk -t2 -c"$CONNS" -d"${DURATION}s" --latency "$@" "$URL$path" 2>&1 | awk '
		/Requests\/sec/ { rps = $2 }
		/^ +50%/ { p50 = $2 } /^ +99%/ { p99 = $2 }
		/Non-2xx/ { bad = $5 }
		END { printf "%s %s %s %s\n", rps, p50, p99, bad + 0 }'
}

echo "Échosciences benchmark — $(date -u '+%Y-%m-%d %H:%M UTC'), wrk -t2 -c$CONNS -d${DURATION}s, $(nproc) cores"
echo "data: $("${DB[@]}" -e 'SELECT COUNT(*) FROM contributions') contributions, $("${DB[@]}" -e 'SELECT COUNT(*) FROM members') members; page cache: $([ "$NOCACHE" = 1 ] && echo off || echo on)"
echo "workers RSS before: $(rss_each)"
before=$(rss)
# A member logged in, for the pages of members: a session made in SQL.
tok=$(head -c 32 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n' | cut -c1-43)
csrf=$(head -c 32 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n' | cut -c1-43)
bench_member=$("${DB[@]}" -e "SELECT id FROM members WHERE email = 'banc.essai@example.org'")
if [ -z "$bench_member" ]; then
	"${DB[@]}" -e "INSERT INTO members (kind, display_name, slug, email, home_territory_id, status, confirmed_at)
	    SELECT 'person', 'Banc d''essai', 'banc-d-essai', 'banc.essai@example.org', id, 'active', UTC_TIMESTAMP()
	    FROM territories WHERE slug = 'grenoble'"
	bench_member=$("${DB[@]}" -e "SELECT id FROM members WHERE email = 'banc.essai@example.org'")
fi
"${DB[@]}" -e "INSERT INTO sessions (token_hash, member_id, csrf, expires_at) VALUES
    (UNHEX('$(printf %s "$tok" | sha256sum | cut -d' ' -f1)'), $bench_member, '$csrf', UTC_TIMESTAMP() + INTERVAL 1 DAY)"
COOKIE="Cookie: session=$tok"
curl -s -H "$COOKIE" "$URL/grenoble/" | grep -q 'Banc d' ||
	echo "warning: the member's session does not show on their pages" >&2
printf '%-24s %10s %9s %9s %7s %8s\n' page req/s p50 p99 ratio non-2xx
ref=""
# An article with 50 comments (a third of them answers, one the bench
# member's own), made once in SQL.
commented=$("${DB[@]}" -e "SELECT CONCAT('/', t.slug, '/articles/', c.id, '-', c.slug)
    FROM contributions c JOIN territories t ON t.id = c.territory_id
    WHERE c.kind = 'article' AND c.status = 'published' AND c.comments_count >= 50
    ORDER BY c.id LIMIT 1")
if [ -z "$commented" ]; then
	cid=$(echo "$article" | sed 's|.*/\([0-9]*\)-.*|\1|')
	"${DB[@]}" -e "INSERT INTO comments (contribution_id, member_id, body, status, created_at, updated_at)
	    SELECT $cid, m.id, CONCAT('Commentaire du banc d''essai, par le membre ', m.id,
	    ' : **merci** pour cet article. Une question : *comment* la mesure a-t-elle été faite ?',
	    ' Voir [cette page](https://example.org/', m.id, ').'), 'published',
	    UTC_TIMESTAMP() - INTERVAL 100 - m.id MINUTE, UTC_TIMESTAMP() - INTERVAL 100 - m.id MINUTE
	    FROM members m WHERE m.status = 'active' ORDER BY m.id LIMIT 50;
	  UPDATE comments c JOIN (SELECT MIN(id) AS first FROM comments WHERE contribution_id = $cid) f
	    SET c.parent_id = f.first WHERE c.contribution_id = $cid AND c.id <> f.first AND c.id % 3 = 0;
	  UPDATE comments SET member_id = $bench_member WHERE contribution_id = $cid ORDER BY id DESC LIMIT 1;
	  UPDATE contributions SET comments_count = (SELECT COUNT(*) FROM comments
	    WHERE contribution_id = $cid AND status = 'published') WHERE id = $cid"
	commented=$article
fi
# A partner polling a feed that did not change gets a 304.
etag=$(curl -s -D - -o /dev/null "$URL/grenoble/index.atom" | tr -d '\r' | awk 'tolower($1) == "etag:" { print $2 }')
for spec in "static:/bench/static.html" "territory:/grenoble/" "article:$article" \
    "agenda:/grenoble/evenements/" "atom:/grenoble/index.atom" "atom-304:/grenoble/index.atom" \
    "ics:/grenoble/evenements.ics" "api-json:/api/evenements?territoire=grenoble" "portal:/" \
    "articles-list:/grenoble/articles/" "member-territory:/grenoble/" \
    "member-article:$article" "commented:$commented" "member-commented:$commented"; do
	name=${spec%%:*}
	path=${spec#*:}
	if [ "$name" = atom-304 ]; then
		# wrk counts a 304 as non-2xx: the column shows how many were 304s.
		read -r rps p50 p99 bad < <(run "$name" "$path" -H "If-None-Match: $etag")
	elif [ "${name#member-}" != "$name" ]; then
		read -r rps p50 p99 bad < <(run "$name" "$path" -H "$COOKIE")
	else
		read -r rps p50 p99 bad < <(run "$name" "$path")
	fi
	[ -z "$ref" ] && ref=$rps
	ratio=$(awk -v a="$rps" -v b="$ref" 'BEGIN { printf "%.3f", (b > 0 ? a / b : 0) }')
	printf '%-24s %10s %9s %9s %7s %8s\n' "$name" "$rps" "$p50" "$p99" "$ratio" "$bad"
done
# Publishing: the member posts the article form (urlencoded, "Publier")
# again and again; each request stores an article and answers 303.
cat > "$SRC/var/bench/publish.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Cookie"] = "session=$tok"
wrk.headers["Origin"] = "$URL"
n = 0
request = function()
	n = n + 1
	local body = "csrf=$csrf&titre=Banc+d%27essai+" .. n ..
	    "&chapo=Un+article+du+banc+d%27essai&texte=Du+%2A%2Btexte%2A%2A+en+Markdown.%0A%0A-+un%0A-+deux" ..
	    "&theme=espace&tags=banc%2C+essai&territoire=grenoble&action=publier"
	return wrk.format(nil, "/contribuer/article", nil, body)
end
LUA
before_pub=$("${DB[@]}" -e "SELECT COUNT(*) FROM contributions WHERE author_id = $bench_member AND status = 'published'")
read -r rps p50 p99 bad < <(run publish /contribuer/article -s "$SRC/var/bench/publish.lua")
after_pub=$("${DB[@]}" -e "SELECT COUNT(*) FROM contributions WHERE author_id = $bench_member AND status = 'published'")
ratio=$(awk -v a="$rps" -v b="$ref" 'BEGIN { printf "%.3f", (b > 0 ? a / b : 0) }')
printf '%-24s %10s %9s %9s %7s %8s\n' "publish (article)" "$rps" "$p50" "$p99" "$ratio" "$bad"
echo "articles published by the run: $((after_pub - before_pub))"

after=$(rss)
echo "workers RSS after:  $(rss_each)"
echo "workers RSS total: ${before} kB before, ${after} kB after"
if [ "$NOCACHE" = 1 ]; then "$SRC/dev" up >/dev/null; fi
