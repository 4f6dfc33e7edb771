#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "mail.h"
#include "request.h"
#include "util.h"

typedef int (*validator)(struct kval *);

static int
valid_slug(struct kval *v)
{
	return slug_valid(v->s, 80);
}

/* avant=<epoch>.<id>: the sort key of the last item already shown. */
static int
valid_cursor(struct kval *v)
{
	const char	*dot = strchr(v->s, '.');
	char		 first[24];
	size_t		 n;

	if (dot == NULL || (n = (size_t)(dot - v->s)) == 0 ||
	    n >= sizeof(first))
		return 0;
	memcpy(first, v->s, n);
	first[n] = '\0';
	return int_parse(first, 0, 32503680000LL, &v->i) == 0 &&
	    int_parse(dot + 1, 1, 4294967295LL, &v->i2) == 0;
}

static int
valid_date(struct kval *v)
{
	return date_parse(v->s, &v->t) == 0;
}

static int
valid_flag(struct kval *v)
{
	return int_parse(v->s, 0, 1, &v->i) == 0;
}

static int
valid_lang(struct kval *v)
{
	if (strcmp(v->s, "fr") == 0)
		v->i = LANG_FR;
	else if (strcmp(v->s, "en") == 0)
		v->i = LANG_EN;
	else
		return 0;
	return 1;
}

static int
valid_text(struct kval *v)
{
	return utf8_chars(v->s, v->len) <= 200;
}

static int
valid_id(struct kval *v)
{
	return int_parse(v->s, 1, 4294967295LL, &v->i) == 0;
}

static int
valid_count(struct kval *v)
{
	return int_parse(v->s, 1, 20, &v->i) == 0;
}

static int
valid_limit(struct kval *v)
{
	return int_parse(v->s, 1, 100, &v->i) == 0;
}

static int
valid_style(struct kval *v)
{
	return strcmp(v->s, "clair") == 0 || strcmp(v->s, "sombre") == 0;
}

static int
valid_widget(struct kval *v)
{
	return strcmp(v->s, "agenda") == 0 || strcmp(v->s, "articles") == 0;
}

static int
valid_email(struct kval *v)
{
	return v->len <= 254 && mail_address_valid(v->s);
}

static int
valid_password(struct kval *v)
{
	return v->len <= 256;
}

/* 2 to 100 characters, no control character. */
static int
valid_name(struct kval *v)
{
	size_t	 i, n = utf8_chars(v->s, v->len);

	for (i = 0; i < v->len; i++)
		if ((unsigned char)v->s[i] < 0x20 || v->s[i] == 0x7f)
			return 0;
	return n >= 2 && n <= 100;
}

static int
valid_kind(struct kval *v)
{
	return strcmp(v->s, "person") == 0 ||
	    strcmp(v->s, "institution") == 0 || strcmp(v->s, "company") == 0;
}

/* 43 characters of base64url: 256 random bits. */
int
token_valid(const char *s)
{
	size_t	 i;

	for (i = 0; s[i] != '\0'; i++)
		if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' &&
		    s[i] <= 'Z') || (s[i] >= '0' && s[i] <= '9') ||
		    s[i] == '-' || s[i] == '_'))
			return 0;
	return i == 43;
}

static int
valid_token(struct kval *v)
{
	return token_valid(v->s);
}

/* A path of this site: "/x…", never "//host" or "/\\host". */
static int
valid_next(struct kval *v)
{
	size_t	 i;

	if (v->len > 500 || v->s[0] != '/' || v->s[1] == '/' ||
	    v->s[1] == '\\')
		return 0;
	for (i = 0; i < v->len; i++)
		if ((unsigned char)v->s[i] < 0x20 || v->s[i] == '\\')
			return 0;
	return 1;
}

/* No control character but (when `lines`) tab and line breaks. */
static int
no_controls(const struct kval *v, int lines)
{
	size_t	 i;
	unsigned char c;

	for (i = 0; i < v->len; i++) {
		c = (unsigned char)v->s[i];
		if (c == 0x7f || (c < 0x20 && !(lines && (c == '\t' ||
		    c == '\n' || c == '\r'))))
			return 0;
	}
	return 1;
}

/* One line of `min` to `max` characters. */
static int
line(const struct kval *v, size_t min, size_t max)
{
	size_t	 n = utf8_chars(v->s, v->len);

	return no_controls(v, 0) && n >= min && n <= max;
}

static int valid_title(struct kval *v) { return line(v, 1, 200); }
static int valid_summary(struct kval *v) { return line(v, 1, 500); }
static int valid_tags(struct kval *v) { return line(v, 1, 300); }
static int valid_alt(struct kval *v) { return line(v, 1, 300); }
static int valid_place_name(struct kval *v) { return line(v, 2, 160); }
static int valid_address(struct kval *v) { return line(v, 1, 255); }
static int valid_city(struct kval *v) { return line(v, 1, 100); }
static int valid_short(struct kval *v) { return line(v, 1, 200); }

static int
valid_markdown(struct kval *v)
{
	return no_controls(v, 1) && utf8_chars(v->s, v->len) <= 50000;
}

static int
valid_reason(struct kval *v)
{
	return no_controls(v, 1) && utf8_chars(v->s, v->len) <= 1000;
}

/* An uploaded file's field: upload.c sets it, a urlencoded one is wrong. */
static int
valid_file(struct kval *v)
{
	(void)v;
	return 0;
}

static int
valid_postcode(struct kval *v)
{
	size_t	 i;

	if (v->len > 10)
		return 0;
	for (i = 0; i < v->len; i++)
		if (!((v->s[i] >= '0' && v->s[i] <= '9') || (v->s[i] >= 'A' &&
		    v->s[i] <= 'Z') || (v->s[i] >= 'a' && v->s[i] <= 'z') ||
		    v->s[i] == ' ' || v->s[i] == '-'))
			return 0;
	return 1;
}

/* "-45.123456": at most `intd` integer digits, 6 decimals, |x| <= max.
 * Kept in v->i as millionths. */
static int
decimal(struct kval *v, long long max)
{
	const char	*s = v->s;
	long long	 ip = 0, frac = 0;
	int		 neg = 0, nd = 0, nf = 0;

	if (*s == '-' || *s == '+')
		neg = *s++ == '-';
	while (*s >= '0' && *s <= '9' && nd < 4)
		ip = ip * 10 + (*s++ - '0'), nd++;
	if (nd == 0)
		return 0;
	if (*s == '.' || *s == ',') {
		s++;
		while (*s >= '0' && *s <= '9' && nf < 6)
			frac = frac * 10 + (*s++ - '0'), nf++;
		if (nf == 0)
			return 0;
	}
	if (*s != '\0')
		return 0;
	while (nf++ < 6)
		frac *= 10;
	v->i = ip * 1000000 + frac;
	if (v->i > max * 1000000)
		return 0;
	if (neg)
		v->i = -v->i;
	return 1;
}

static int valid_latitude(struct kval *v) { return decimal(v, 90); }
static int valid_longitude(struct kval *v) { return decimal(v, 180); }

/* An absolute http(s) URL without spaces or controls, 500 at most. */
static int
valid_url(struct kval *v)
{
	size_t	 i, skip;

	if (v->len > 500)
		return 0;
	if (strncasecmp(v->s, "https://", 8) == 0)
		skip = 8;
	else if (strncasecmp(v->s, "http://", 7) == 0)
		skip = 7;
	else
		return 0;
	if (v->len == skip || v->s[skip] == '/' || v->s[skip] == '.')
		return 0;
	for (i = 0; i < v->len; i++)
		if ((unsigned char)v->s[i] <= 0x20 || v->s[i] == 0x7f ||
		    v->s[i] == '"' || v->s[i] == '<' || v->s[i] == '>' ||
		    v->s[i] == '\\')
			return 0;
	return 1;
}

/* "YYYY-MM-DDTHH:MM" (seconds allowed) as an <input type=datetime-local>
 * sends it: a wall-clock time, kept in v->t as if it were UTC. */
static int
valid_datetime(struct kval *v)
{
	char		 day[11];
	long long	 h, m, sec = 0;
	char		 hh[3], mm[3];

	if ((v->len != 16 && v->len != 19) || v->s[10] != 'T' ||
	    v->s[13] != ':' || (v->len == 19 && v->s[16] != ':'))
		return 0;
	memcpy(day, v->s, 10);
	day[10] = '\0';
	memcpy(hh, v->s + 11, 2);
	hh[2] = '\0';
	memcpy(mm, v->s + 14, 2);
	mm[2] = '\0';
	if (date_parse(day, &v->t) == -1 || int_parse(hh, 0, 23, &h) == -1 ||
	    int_parse(mm, 0, 59, &m) == -1 ||
	    (v->len == 19 && int_parse(v->s + 17, 0, 59, &sec) == -1))
		return 0;
	v->t += h * 3600 + m * 60 + sec;
	return 1;
}

static int
one_of(const struct kval *v, const char *const *words)
{
	size_t	 i;

	for (i = 0; words[i] != NULL; i++)
		if (strcmp(v->s, words[i]) == 0)
			return 1;
	return 0;
}

static int
valid_event_status(struct kval *v)
{
	static const char *const w[] = { "scheduled", "cancelled",
	    "postponed", NULL };
	return one_of(v, w);
}

static int
valid_mode(struct kval *v)
{
	static const char *const w[] = { "offline", "online", "mixed", NULL };
	return one_of(v, w);
}

static int
valid_annonce_kind(struct kval *v)
{
	static const char *const w[] = { "call", "job", "volunteers", "other",
	    NULL };
	return one_of(v, w);
}

static int
valid_role(struct kval *v)
{
	static const char *const w[] = { "editor", "admin", "none", NULL };
	return one_of(v, w);
}

static int
valid_struct_kind(struct kval *v)
{
	static const char *const w[] = { "museum", "lab", "association",
	    "company", "library", "school", "other", NULL };
	return one_of(v, w);
}

static int
valid_keep(struct kval *v)
{
	static const char *const w[] = { "anonymiser", "supprimer", NULL };
	return one_of(v, w);
}

static const struct {
	const char	*name;
	validator	 fn;
	int		 soft;	/* a form field: marked invalid, not refused */
	int		 multi;	/* repeated: every value kept (req_nth) */
} keys[KEY__MAX] = {
	[KEY_THEME] = { "theme", valid_slug },
	[KEY_TAG] = { "tag", valid_slug },
	[KEY_BEFORE] = { "avant", valid_cursor },
	[KEY_AFTER] = { "apres", valid_cursor },
	[KEY_FROM] = { "du", valid_date },
	[KEY_TO] = { "au", valid_date },
	[KEY_PAST] = { "passes", valid_flag },
	[KEY_LANG] = { "lang", valid_lang },
	[KEY_QUERY] = { "q", valid_text },
	[KEY_TERRITORY] = { "territoire", valid_slug },
	[KEY_STRUCTURE] = { "structure", valid_id },
	[KEY_COUNT] = { "n", valid_count },
	[KEY_STYLE] = { "style", valid_style },
	[KEY_WIDGET] = { "type", valid_widget },
	[KEY_LIMIT] = { "limite", valid_limit },
	[KEY_EMAIL] = { "courriel", valid_email, 1 },
	[KEY_PASSWORD] = { "mot_de_passe", valid_password, 1 },
	[KEY_CURRENT] = { "actuel", valid_password, 1 },
	[KEY_NAME] = { "nom", valid_name, 1 },
	[KEY_KIND] = { "genre", valid_kind, 1 },
	[KEY_TOKEN] = { "jeton", valid_token, 1 },
	[KEY_CSRF] = { "csrf", valid_token, 1 },
	[KEY_NEXT] = { "suivant", valid_next, 1 },
	[KEY_MESSAGE] = { "message", valid_slug, 1 },
	[KEY_TITLE] = { "titre", valid_title, 1 },
	[KEY_SUMMARY] = { "chapo", valid_summary, 1 },
	[KEY_BODY] = { "texte", valid_markdown, 1 },
	[KEY_TAGS] = { "tags", valid_tags, 1 },
	[KEY_SHARE] = { "partage", valid_slug, 1, 1 },
	[KEY_ACTION] = { "action", valid_slug, 1 },
	[KEY_IMAGE] = { "image", valid_file, 1 },
	[KEY_IMAGE_ALT] = { "image_alt", valid_alt, 1 },
	[KEY_NO_IMAGE] = { "sans_image", valid_flag, 1 },
	[KEY_ATTACHMENT] = { "piece_jointe", valid_file, 1 },
	[KEY_BEGINS] = { "debut", valid_datetime, 1, 1 },
	[KEY_ENDS] = { "fin", valid_datetime, 1, 1 },
	[KEY_PLACE] = { "lieu", valid_id, 1 },
	[KEY_PLACE_NAME] = { "lieu_nom", valid_place_name, 1 },
	[KEY_ADDRESS] = { "adresse", valid_address, 1 },
	[KEY_POSTCODE] = { "code_postal", valid_postcode, 1 },
	[KEY_CITY] = { "ville", valid_city, 1 },
	[KEY_LATITUDE] = { "latitude", valid_latitude, 1 },
	[KEY_LONGITUDE] = { "longitude", valid_longitude, 1 },
	[KEY_AUDIENCE] = { "public", valid_short, 1 },
	[KEY_PRICE] = { "tarif", valid_short, 1 },
	[KEY_LINK] = { "lien", valid_url, 1 },
	[KEY_WEBSITE] = { "site", valid_url, 1 },
	[KEY_EVENT_STATUS] = { "statut", valid_event_status, 1 },
	[KEY_MODE] = { "mode", valid_mode, 1 },
	[KEY_ANNONCE_KIND] = { "type_annonce", valid_annonce_kind, 1 },
	[KEY_DEADLINE] = { "date_limite", valid_date, 1 },
	[KEY_ITEMS] = { "elements", valid_id, 1, 1 },
	[KEY_INTERESTS] = { "interets", valid_slug, 1, 1 },
	[KEY_REASON] = { "motif", valid_reason, 1 },
	[KEY_ROLE] = { "role", valid_role, 1 },
	[KEY_MEMBER] = { "membre", valid_id, 1 },
	[KEY_STRUCT_KIND] = { "type_structure", valid_struct_kind, 1 },
	[KEY_CONTRIBUTION] = { "contribution", valid_id, 1 },
	[KEY_COMMENT] = { "commentaire", valid_id, 1 },
	[KEY_KEEP] = { "contributions", valid_keep, 1 },
	[KEY_CONFIRM] = { "confirmer", valid_flag, 1 },
	[KEY_PARENT] = { "parent", valid_id, 1 },
	[KEY_AFTER_STRUCT] = { "suite", valid_id },
};

static const char *const suffixes[FMT__MAX] = {
	[FMT_HTML] = "",
	[FMT_XML] = "xml",
	[FMT_ATOM] = "atom",
	[FMT_ICS] = "ics",
	[FMT_JSON] = "json",
};

const char *
key_name(enum key k)
{
	return keys[k].name;
}

const char *
fmt_suffix(enum fmt f)
{
	return suffixes[f];
}

void
req_env_read(struct req_env *e, env_get_fn get, void *arg)
{
	e->method = get(arg, "REQUEST_METHOD");
	e->uri = get(arg, "REQUEST_URI");
	e->query = get(arg, "QUERY_STRING");
	e->host = get(arg, "HTTP_HOST");
	e->cookie = get(arg, "HTTP_COOKIE");
	e->if_none_match = get(arg, "HTTP_IF_NONE_MATCH");
	e->if_modified_since = get(arg, "HTTP_IF_MODIFIED_SINCE");
	e->content_type = get(arg, "CONTENT_TYPE");
	e->content_length = get(arg, "CONTENT_LENGTH");
	e->https = get(arg, "HTTPS");
	e->remote_addr = get(arg, "REMOTE_ADDR");
	e->origin = get(arg, "HTTP_ORIGIN");
	e->fetch_site = get(arg, "HTTP_SEC_FETCH_SITE");
}

int
req_key(const char *name)
{
	int	 k;

	for (k = 0; k < KEY__MAX; k++)
		if (strcmp(keys[k].name, name) == 0)
			return k;
	return -1;
}

int
req_key_multi(enum key k)
{
	return keys[k].multi;
}

/*
 * One decoded value of a known key.  A value that fails a hard key's
 * validator refuses the request; a form field's is marked invalid.  The
 * first occurrence of a name wins, but a repeated key keeps every value
 * in order (req_nth), empty and invalid ones included, so that parallel
 * lists (debut[i], fin[i]) stay aligned.
 */
static enum req_error
set_value(struct request *r, int k, char *val, size_t vlen)
{
	struct kval	*v;

	if (keys[k].multi) {
		if (r->nmulti >= REQ_MAX_MULTI)
			return REQERR_BAD;
		r->multi[r->nmulti].key = (enum key)k;
		v = &r->multi[r->nmulti++].v;
	} else if (r->in[k].present || r->in[k].invalid)
		return REQERR_NONE;
	else
		v = &r->in[k];
	memset(v, 0, sizeof(*v));
	v->s = val;
	v->len = vlen;
	/* An empty value is the same as none (an unset form field). */
	if (vlen == 0)
		return REQERR_NONE;
	if (!keys[k].fn(v)) {
		if (!keys[k].soft) {
			r->bad_key = keys[k].name;
			return REQERR_BAD;
		}
		v->invalid = 1;
	} else
		v->present = 1;
	if (keys[k].multi && !r->in[k].present && !r->in[k].invalid)
		r->in[k] = *v;	/* the first, for handlers that want one */
	return REQERR_NONE;
}

/* A value from a multipart body (upload.c): `value` outlives the request. */
enum req_error
req_set(struct request *r, const char *name, char *value, size_t len)
{
	int	 k;

	if ((k = req_key(name)) == -1)
		return REQERR_NONE;
	if (!utf8_valid(value, len)) {
		r->bad_key = keys[k].name;
		return REQERR_BAD;
	}
	return set_value(r, k, value, len);
}

size_t
req_count(const struct request *r, enum key k)
{
	size_t	 i, n = 0;

	for (i = 0; i < r->nmulti; i++)
		n += r->multi[i].key == k;
	return n;
}

/* The n-th value (from 0) of a repeated key, or NULL. */
const struct kval *
req_nth(const struct request *r, enum key k, size_t n)
{
	size_t	 i;

	for (i = 0; i < r->nmulti; i++)
		if (r->multi[i].key == k && n-- == 0)
			return &r->multi[i].v;
	return NULL;
}

/*
 * Parses "a=1&b=2" in place.  Unknown names are ignored (links from
 * elsewhere carry utm_* and the like).
 */
static enum req_error
parse_pairs(struct request *r, char *s, size_t len)
{
	char		*pair, *end = s + len, *eq, *amp;
	size_t		 nlen, vlen, count = 0;
	enum req_error	 rc;
	int		 k;

	for (pair = s; pair < end; pair = amp + 1) {
		if ((amp = memchr(pair, '&', (size_t)(end - pair))) == NULL)
			amp = end;
		*amp = '\0';
		if (pair == amp)
			continue;
		if (++count > REQ_MAX_PARAMS)
			return REQERR_BAD;
		if ((eq = strchr(pair, '=')) != NULL)
			*eq = '\0';
		nlen = strlen(pair);
		if (pct_decode(pair, &nlen, 1) == -1)
			continue;
		if ((k = req_key(pair)) == -1)
			continue;
		if (eq == NULL) {
			r->bad_key = keys[k].name;
			return REQERR_BAD;
		}
		vlen = strlen(eq + 1);
		if (pct_decode(eq + 1, &vlen, 1) == -1 ||
		    !utf8_valid(eq + 1, vlen)) {
			r->bad_key = keys[k].name;
			return REQERR_BAD;
		}
		if ((rc = set_value(r, k, eq + 1, vlen)) != REQERR_NONE)
			return rc;
	}
	return REQERR_NONE;
}

static void
parse_cookies(struct request *r, const char *c)
{
	const char	*p = c, *end;

	if (c == NULL || strlen(c) > REQ_MAX_COOKIE)
		return;
	while (*p != '\0') {
		while (*p == ' ' || *p == ';')
			p++;
		end = p + strcspn(p, ";");
		if (end - p == 8 + 43 && strncmp(p, "session=", 8) == 0) {
			memcpy(r->session_cookie, p + 8, 43);
			r->session_cookie[43] = '\0';
			if (!token_valid(r->session_cookie))
				r->session_cookie[0] = '\0';
		} else if (end - p == 5 + 43 && strncmp(p, "csrf=", 5) == 0) {
			memcpy(r->csrf_cookie, p + 5, 43);
			r->csrf_cookie[43] = '\0';
			if (!token_valid(r->csrf_cookie))
				r->csrf_cookie[0] = '\0';
		} else if (end - p == 7 && strncmp(p, "lang=en", 7) == 0)
			memcpy(r->lang_cookie, "en", 3);
		else if (end - p == 7 && strncmp(p, "lang=fr", 7) == 0)
			memcpy(r->lang_cookie, "fr", 3);
		p = end;
	}
}

/* Splits off a known format suffix (".xml", ".atom"…) of the last segment. */
static void
split_suffix(struct request *r)
{
	char	*slash, *dot;
	int	 f;

	r->fmt = FMT_HTML;
	slash = strrchr(r->path, '/');
	dot = strrchr(r->path, '.');
	if (dot == NULL || dot < slash)
		return;
	for (f = 1; f < FMT__MAX; f++)
		if (strcmp(dot + 1, suffixes[f]) == 0)
			break;
	if (f == FMT__MAX)
		return;
	r->fmt = (enum fmt)f;
	*dot = '\0';
	/* "/grenoble/index.atom" and "/index.xml" name the folder itself. */
	if (dot - slash == 6 && strncmp(slash + 1, "index", 5) == 0)
		slash[1] = '\0';
}

enum req_error
req_parse(struct request *r, const struct req_env *e)
{
	const char	*uri = e->uri, *q;
	size_t		 n;
	enum req_error	 rc;

	memset(r, 0, sizeof(*r));
	buf_init(&r->scratch);

	if (e->method == NULL || strcmp(e->method, "GET") == 0)
		r->method = METHOD_GET;
	else if (strcmp(e->method, "HEAD") == 0)
		r->method = METHOD_HEAD;
	else if (strcmp(e->method, "POST") == 0)
		r->method = METHOD_POST;
	else
		r->method = METHOD_OTHER;

	if (uri == NULL || uri[0] == '\0')
		uri = "/";
	if (strlen(uri) > REQ_MAX_URI)
		return REQERR_TOO_LARGE;
	if (uri[0] != '/')
		return REQERR_BAD;
	q = strchr(uri, '?');
	n = q != NULL ? (size_t)(q - uri) : strlen(uri);
	if ((r->path = strndup(uri, n)) == NULL)
		return REQERR_BAD;
	if (pct_decode(r->path, &n, 0) == -1 || !utf8_valid(r->path, n))
		return REQERR_BAD;
	if (strstr(r->path, "/..") != NULL || strstr(r->path, "//") != NULL)
		return REQERR_NOT_FOUND;
	split_suffix(r);

	/* QUERY_STRING is what servers agree on; fall back to the URI's. */
	q = e->query != NULL ? e->query : (q != NULL ? q + 1 : "");
	if (strlen(q) > REQ_MAX_URI)
		return REQERR_TOO_LARGE;
	if ((r->qs = strdup(q)) == NULL)
		return REQERR_BAD;
	{
		char	*copy = strdup(q);

		if (copy == NULL)
			return REQERR_BAD;
		/* Values point into this copy: keep it with the request. */
		buf_put(&r->scratch, &copy, sizeof(copy));
		if (r->scratch.oom) {
			free(copy);
			return REQERR_BAD;
		}
		if ((rc = parse_pairs(r, copy, strlen(copy))) != REQERR_NONE)
			return rc;
	}

	parse_cookies(r, e->cookie);
	r->lang = LANG_FR;
	if (r->in[KEY_LANG].present) {
		r->lang = (enum lang)r->in[KEY_LANG].i;
		r->lang_from_query = 1;
	} else if (strcmp(r->lang_cookie, "en") == 0)
		r->lang = LANG_EN;
	return REQERR_NONE;
}

/* An application/x-www-form-urlencoded body; `body` outlives the request. */
enum req_error
req_parse_form(struct request *r, char *body, size_t len)
{
	if (len > REQ_MAX_BODY)
		return REQERR_TOO_LARGE;
	return parse_pairs(r, body, len);
}

void
req_free(struct request *r)
{
	size_t	 i;
	char	*p;

	for (i = 0; i + sizeof(p) <= r->scratch.len; i += sizeof(p)) {
		memcpy(&p, r->scratch.data + i, sizeof(p));
		free(p);
	}
	buf_free(&r->scratch);
	free(r->path);
	free(r->qs);
	memset(r, 0, sizeof(*r));
}
