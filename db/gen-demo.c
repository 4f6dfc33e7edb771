/*
 * gen-demo: write SQL that loads believable French demo content into the
 * Échosciences schema (db/001-schema.sql), on top of the reference rows of
 * db/002-reference.sql (territories 1..13, themes 1..12).
 *
 *	db/gen-demo [--seed N] [--members N] [--contributions N]
 *	    [--now YYYY-MM-DD] [--quiet] | mariadb echosciences
 *
 * The output is deterministic: the same flags (and the same --now) give
 * byte-identical SQL.  All ids are explicit so rows reference each other
 * without lookups; everything is one transaction with unique and foreign key
 * checks off, multi-row INSERTs, and rows mostly in primary key order, so a
 * million contributions load in a few minutes.  The tables must be empty.
 *
 * Times are UTC ('YYYY-MM-DD HH:MM:SS'); events are placed at plausible
 * Europe/Paris wall-clock hours and converted (CET/CEST, EU rule).
 *
 * C99, libc and libm only.
 */

#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define DAY		86400
#define NO_TIME		INT64_MIN
#define BATCH_ROWS	500
#define BATCH_BYTES	(1u << 20)
#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))
#define PICK(r, a)	((a)[rng_below((r), (uint32_t)NELEM(a))])

#define MAX_MEMBERS		10000000UL
#define MAX_CONTRIBUTIONS	10000000UL

/* Caps that keep the secondary tables proportional but bounded. */
#define CAP_COMMENTS	250000.0
#define CAP_LIKES	500000.0
#define CAP_MESSAGES	20000U

static void
die(const char *msg)
{
	fprintf(stderr, "gen-demo: %s\n", msg);
	exit(1);
}

static void *
xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);

	if (p == NULL)
		die("out of memory");
	return p;
}

static void *
xcalloc(size_t n, size_t sz)
{
	void *p = calloc(n ? n : 1, sz ? sz : 1);

	if (p == NULL)
		die("out of memory");
	return p;
}

static char *
xstrdup(const char *s)
{
	size_t n = strlen(s) + 1;
	char *p = xmalloc(n);

	memcpy(p, s, n);
	return p;
}

/* ------------------------------------------------------------------ */
/* PRNG: splitmix64, one independent stream per part of the data.     */

typedef struct {
	uint64_t s;
} rng_t;

static uint64_t
rng_next(rng_t *r)
{
	uint64_t z = (r->s += 0x9E3779B97F4A7C15ULL);

	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
	z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
	return z ^ (z >> 31);
}

static rng_t
rng_stream(uint64_t seed, uint64_t stream)
{
	rng_t r;

	r.s = seed * 0xD1B54A32D192ED03ULL + stream * 0x9E3779B97F4A7C15ULL +
	    0x5851F42D4C957F2DULL;
	rng_next(&r);
	return r;
}

/* Uniform in [0, n); n > 0. */
static uint32_t
rng_below(rng_t *r, uint32_t n)
{
	return (uint32_t)(((rng_next(r) >> 32) * (uint64_t)n) >> 32);
}

/* Uniform in [lo, hi); lo when the range is empty. */
static int64_t
rng_range(rng_t *r, int64_t lo, int64_t hi)
{
	if (hi <= lo)
		return lo;
	return lo + (int64_t)(rng_next(r) % (uint64_t)(hi - lo));
}

static double
rng_unit(rng_t *r)
{
	return (double)(rng_next(r) >> 11) * (1.0 / 9007199254740992.0);
}

/* True with probability pct/100. */
static int
rng_pct(rng_t *r, unsigned pct)
{
	return rng_below(r, 100) < pct;
}

/* ------------------------------------------------------------------ */
/* Growable strings.                                                   */

typedef struct {
	char *p;
	size_t len, cap;
} sb_t;

static void
sb_grow(sb_t *b, size_t need)
{
	size_t nc;

	if (b->len + need + 1 <= b->cap)
		return;
	nc = b->cap ? b->cap : 256;
	while (nc < b->len + need + 1)
		nc *= 2;
	b->p = realloc(b->p, nc);
	if (b->p == NULL)
		die("out of memory");
	b->cap = nc;
}

static void
sb_putn(sb_t *b, const char *s, size_t n)
{
	sb_grow(b, n);
	memcpy(b->p + b->len, s, n);
	b->len += n;
	b->p[b->len] = '\0';
}

static void
sb_puts(sb_t *b, const char *s)
{
	sb_putn(b, s, strlen(s));
}

static void
sb_putc(sb_t *b, char c)
{
	sb_grow(b, 1);
	b->p[b->len++] = c;
	b->p[b->len] = '\0';
}

static void
sb_u64(sb_t *b, uint64_t v)
{
	char tmp[24];
	int i = 24;

	do {
		tmp[--i] = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	sb_putn(b, tmp + i, (size_t)(24 - i));
}

static void
sb_reset(sb_t *b)
{
	b->len = 0;
	sb_grow(b, 0);
	b->p[0] = '\0';
}

static void
sb_free(sb_t *b)
{
	free(b->p);
	b->p = NULL;
	b->len = b->cap = 0;
}

/* Appends s as a quoted SQL string literal. */
static void
sb_sqlstr(sb_t *b, const char *s)
{
	const char *run = s;

	sb_putc(b, '\'');
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		const char *esc;

		if (c >= 0x20 && c != '\'' && c != '\\')
			continue;
		sb_putn(b, run, (size_t)(s - run));
		run = s + 1;
		switch (c) {
		case '\'':
			esc = "\\'";
			break;
		case '\\':
			esc = "\\\\";
			break;
		case '\n':
			esc = "\\n";
			break;
		case '\t':
			esc = "\\t";
			break;
		default:
			esc = "";	/* other control characters: dropped */
			break;
		}
		sb_puts(b, esc);
	}
	sb_putn(b, run, (size_t)(s - run));
	sb_putc(b, '\'');
}

/* ------------------------------------------------------------------ */
/* Dates (proleptic Gregorian, days since 1970-01-01).                 */

static int64_t
days_from_civil(int y, unsigned m, unsigned d)
{
	int64_t era;
	unsigned yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = (unsigned)(y - era * 400);
	doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + (int64_t)doe - 719468;
}

static void
civil_from_days(int64_t z, int *y, unsigned *m, unsigned *d)
{
	int64_t era, yy;
	unsigned doe, yoe, doy, mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = (unsigned)(z - era * 146097);
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	yy = (int64_t)yoe + era * 400;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = doy - (153 * mp + 2) / 5 + 1;
	*m = mp < 10 ? mp + 3 : mp - 9;
	*y = (int)(yy + (*m <= 2));
}

static int64_t
floordiv(int64_t a, int64_t b)
{
	int64_t q = a / b;

	return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

/* 0 = Sunday. */
static int
weekday(int64_t day)
{
	int64_t w = (day + 4) % 7;

	return (int)(w < 0 ? w + 7 : w);
}

static int
year_of(int64_t t)
{
	int y;
	unsigned m, d;

	civil_from_days(floordiv(t, DAY), &y, &m, &d);
	return y;
}

static void
put2(char *o, unsigned v)
{
	o[0] = (char)('0' + v / 10 % 10);
	o[1] = (char)('0' + v % 10);
}

/* 'YYYY-MM-DD' into o[10]. */
static void
fmt_date(char *o, int64_t t)
{
	int y;
	unsigned m, d;

	civil_from_days(floordiv(t, DAY), &y, &m, &d);
	put2(o, (unsigned)y / 100);
	put2(o + 2, (unsigned)y % 100);
	o[4] = '-';
	put2(o + 5, m);
	o[7] = '-';
	put2(o + 8, d);
}

/* 'YYYY-MM-DD HH:MM:SS' into o[19]. */
static void
fmt_datetime(char *o, int64_t t)
{
	int64_t s = t - floordiv(t, DAY) * DAY;

	fmt_date(o, t);
	o[10] = ' ';
	put2(o + 11, (unsigned)(s / 3600));
	o[13] = ':';
	put2(o + 14, (unsigned)(s / 60 % 60));
	o[16] = ':';
	put2(o + 17, (unsigned)(s % 60));
}

/* Last Sunday of a month, as a day number. */
static int64_t
last_sunday(int y, unsigned m)
{
	static const unsigned mdays[13] =
	    { 0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	int64_t d = days_from_civil(y, m, mdays[m]);

	return d - weekday(d);
}

/*
 * Europe/Paris wall-clock time (seconds, as if it were UTC) to UTC: CET is
 * UTC+1, CEST UTC+2 from the last Sunday of March 02:00 local to the last
 * Sunday of October 03:00 local.
 */
static int64_t
paris_to_utc(int64_t local)
{
	int y = year_of(local);
	int64_t start = last_sunday(y, 3) * DAY + 2 * 3600;
	int64_t end = last_sunday(y, 10) * DAY + 3 * 3600;

	return local - (local >= start && local < end ? 7200 : 3600);
}

static const char *const WEEKDAYS_FR[7] = { "dimanche", "lundi", "mardi",
	"mercredi", "jeudi", "vendredi", "samedi" };
static const char *const MONTHS_FR[13] = { "", "janvier", "février", "mars",
	"avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
	"novembre", "décembre" };

/* "14 mars 2026", "1er avril 2026". */
static void
fr_date(sb_t *o, int64_t t)
{
	int y;
	unsigned m, d;

	civil_from_days(floordiv(t, DAY), &y, &m, &d);
	sb_u64(o, d);
	if (d == 1)
		sb_puts(o, "er");
	sb_putc(o, ' ');
	sb_puts(o, MONTHS_FR[m]);
	sb_putc(o, ' ');
	sb_u64(o, (uint64_t)y);
}

/* "samedi 14 mars 2026 à 18 h 30" from a local wall-clock time. */
static void
fr_datetime(sb_t *o, int64_t local)
{
	int64_t s = local - floordiv(local, DAY) * DAY;

	sb_puts(o, WEEKDAYS_FR[weekday(floordiv(local, DAY))]);
	sb_putc(o, ' ');
	fr_date(o, local);
	sb_puts(o, " à ");
	sb_u64(o, (uint64_t)(s / 3600));
	sb_puts(o, " h");
	if (s / 60 % 60) {
		sb_putc(o, ' ');
		sb_u64(o, (uint64_t)(s / 60 % 60));
	}
}

/* "samedi 14 mars à 18 h 30" without the year, for extra sessions. */
static void
fr_datetime_short(sb_t *o, int64_t local)
{
	int y;
	unsigned m, d;
	int64_t s = local - floordiv(local, DAY) * DAY;

	civil_from_days(floordiv(local, DAY), &y, &m, &d);
	sb_puts(o, WEEKDAYS_FR[weekday(floordiv(local, DAY))]);
	sb_putc(o, ' ');
	sb_u64(o, d);
	if (d == 1)
		sb_puts(o, "er");
	sb_putc(o, ' ');
	sb_puts(o, MONTHS_FR[m]);
	sb_puts(o, " à ");
	sb_u64(o, (uint64_t)(s / 3600));
	sb_puts(o, " h");
	if (s / 60 % 60) {
		sb_putc(o, ' ');
		sb_u64(o, (uint64_t)(s / 60 % 60));
	}
}

/* ------------------------------------------------------------------ */
/* French text helpers (UTF-8).                                        */

static int
starts_ci(const char *s, const char *prefix)
{
	for (; *prefix; s++, prefix++) {
		char a = *s, b = *prefix;

		if (a >= 'A' && a <= 'Z')
			a = (char)(a - 'A' + 'a');
		if (a != b)
			return 0;
	}
	return 1;
}

/* Whether a word takes elision ("d'", "l'"): vowel or mute h-less vowel. */
static int
starts_vowel(const char *s)
{
	const unsigned char *u = (const unsigned char *)s;

	if (strchr("aeiouyAEIOUY", u[0]) != NULL && u[0] != '\0')
		return 1;
	if (u[0] == 0xC3)	/* À Â É È Ê Î Ô à â é è ê î ô ... */
		return (u[1] >= 0x80 && u[1] <= 0x8F) ||
		    (u[1] >= 0x92 && u[1] <= 0x9C) ||
		    (u[1] >= 0xA0 && u[1] <= 0xAF) ||
		    (u[1] >= 0xB2 && u[1] <= 0xBC);
	if (u[0] == 0xC5 && (u[1] == 0x92 || u[1] == 0x93))	/* Œ œ */
		return 1;
	return 0;
}

/* "de" + noun phrase: des, du, de la, de l', d'. */
static void
sb_de(sb_t *o, const char *np)
{
	if (starts_ci(np, "les ")) {
		sb_puts(o, "des ");
		sb_puts(o, np + 4);
	} else if (starts_ci(np, "le ")) {
		sb_puts(o, "du ");
		sb_puts(o, np + 3);
	} else if (starts_ci(np, "la ") || starts_ci(np, "l'")) {
		sb_puts(o, "de ");
		sb_puts(o, np);
	} else if (starts_vowel(np)) {
		sb_puts(o, "d'");
		sb_puts(o, np);
	} else {
		sb_puts(o, "de ");
		sb_puts(o, np);
	}
}

/* "à" + noun phrase: aux, au, à la, à l', à. */
static void
sb_a(sb_t *o, const char *np)
{
	if (starts_ci(np, "les ")) {
		sb_puts(o, "aux ");
		sb_puts(o, np + 4);
	} else if (starts_ci(np, "le ")) {
		sb_puts(o, "au ");
		sb_puts(o, np + 3);
	} else {
		sb_puts(o, "à ");
		sb_puts(o, np);
	}
}

/* Upper-cases the first character of o from byte offset `from` on. */
static void
cap_at(sb_t *o, size_t from)
{
	unsigned char *u;

	if (from >= o->len)
		return;
	u = (unsigned char *)o->p + from;
	if (u[0] >= 'a' && u[0] <= 'z')
		u[0] = (unsigned char)(u[0] - 'a' + 'A');
	else if (u[0] == 0xC3 && from + 1 < o->len && u[1] >= 0xA0 &&
	    u[1] <= 0xBE && u[1] != 0xB7)
		u[1] = (unsigned char)(u[1] - 0x20);
	else if (u[0] == 0xC5 && from + 1 < o->len && u[1] == 0x93)
		u[1] = 0x92;
}

/* Truncates o to at most max bytes on a UTF-8 character boundary. */
static void
utf8_trunc(sb_t *o, size_t max)
{
	size_t n;

	if (o->len <= max)
		return;
	n = max;
	while (n > 0 && ((unsigned char)o->p[n] & 0xC0) == 0x80)
		n--;
	while (n > 0 && o->p[n - 1] == ' ')
		n--;
	o->len = n;
	o->p[n] = '\0';
}

/*
 * ASCII slug: lower case, accents folded, anything else a single hyphen,
 * at most max bytes, cut on a hyphen when that keeps most of it.
 */
static void
slugify(sb_t *o, const char *s, size_t max)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t start = o->len;
	int hyphen = 1;		/* suppress leading hyphens */

	while (*u) {
		const char *rep = NULL;
		char one[2] = { 0, 0 };
		unsigned c = *u;

		if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
			one[0] = (char)c;
			rep = one;
			u++;
		} else if (c >= 'A' && c <= 'Z') {
			one[0] = (char)(c - 'A' + 'a');
			rep = one;
			u++;
		} else if (c == 0xC3 && u[1] != '\0') {
			unsigned x = u[1] & 0xDF;	/* fold case: 0x80..0x9F */

			if (x <= 0x85)
				rep = "a";
			else if (x == 0x86)
				rep = "ae";
			else if (x == 0x87)
				rep = "c";
			else if (x >= 0x88 && x <= 0x8B)
				rep = "e";
			else if (x >= 0x8C && x <= 0x8F)
				rep = "i";
			else if (x == 0x91)
				rep = "n";
			else if ((x >= 0x92 && x <= 0x96) || x == 0x98)
				rep = "o";
			else if (x >= 0x99 && x <= 0x9C)
				rep = "u";
			else if (x == 0x9D || u[1] == 0xBF)
				rep = "y";
			else if (u[1] == 0x9F)
				rep = "ss";
			u += 2;
		} else if (c == 0xC5 && (u[1] == 0x92 || u[1] == 0x93)) {
			rep = "oe";
			u += 2;
		} else {
			u++;
			while ((*u & 0xC0) == 0x80)
				u++;
		}
		if (rep != NULL) {
			if (o->len - start + strlen(rep) + (hyphen == 2) > max)
				break;
			if (hyphen == 2)
				sb_putc(o, '-');
			sb_puts(o, rep);
			hyphen = 0;
		} else if (hyphen == 0)
			hyphen = 2;	/* pending, written before the next char */
	}
	/* Cut on the last hyphen if we stopped mid-word and it keeps enough. */
	if (*u != '\0' && hyphen == 0) {
		size_t n = o->len;

		while (n > start && o->p[n - 1] != '-')
			n--;
		if (n > start + max / 2) {
			o->len = n - 1;
			o->p[o->len] = '\0';
		}
	}
	if (o->len == start)
		sb_puts(o, "sans-titre");
}

/* ------------------------------------------------------------------ */
/* Hash table (64-bit key -> 32-bit value) for unique slugs and names. */

typedef struct {
	uint64_t *k;
	uint32_t *v;
	size_t cap, n;
} hmap_t;

static uint64_t
hash_str(const char *s, uint64_t salt)
{
	uint64_t h = 0xCBF29CE484222325ULL ^ salt;

	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 0x100000001B3ULL;
	h ^= h >> 33;
	h *= 0xFF51AFD7ED558CCDULL;
	h ^= h >> 33;
	return h ? h : 1;
}

static uint32_t *hmap_slot(hmap_t *, uint64_t, int);

static void
hmap_grow(hmap_t *m)
{
	hmap_t old = *m;
	size_t i;

	m->cap = old.cap ? old.cap * 2 : 1024;
	m->k = xcalloc(m->cap, sizeof(*m->k));
	m->v = xcalloc(m->cap, sizeof(*m->v));
	m->n = 0;
	for (i = 0; i < old.cap; i++)
		if (old.k[i])
			*hmap_slot(m, old.k[i], 1) = old.v[i];
	free(old.k);
	free(old.v);
}

/* The value slot for key, or NULL if absent and !create. */
static uint32_t *
hmap_slot(hmap_t *m, uint64_t key, int create)
{
	size_t i;

	if (create && (m->n + 1) * 2 > m->cap)
		hmap_grow(m);
	if (m->cap == 0)
		return NULL;
	for (i = (size_t)key & (m->cap - 1);; i = (i + 1) & (m->cap - 1)) {
		if (m->k[i] == key)
			return &m->v[i];
		if (m->k[i] == 0) {
			if (!create)
				return NULL;
			m->k[i] = key;
			m->v[i] = 0;
			m->n++;
			return &m->v[i];
		}
	}
}

static void
hmap_free(hmap_t *m)
{
	free(m->k);
	free(m->v);
	memset(m, 0, sizeof(*m));
}

/*
 * A set of used strings plus, per base string, the next suffix to try:
 * "x", "x-2", "x-3"... (sep "-") or "x 2"... (sep " ").
 */
typedef struct {
	hmap_t used, next;
	const char *sep;
} uniq_t;

/* Makes o (holding a candidate from offset `from`) unique; max bytes. */
static void
uniq_make(uniq_t *u, sb_t *o, size_t from, size_t max)
{
	uint64_t h = hash_str(o->p + from, 0);
	uint32_t *used = hmap_slot(&u->used, h, 1), *next;
	sb_t base = { 0 };
	uint32_t n;

	if (*used == 0) {
		*used = 1;
		return;
	}
	sb_puts(&base, o->p + from);
	next = hmap_slot(&u->next, hash_str(base.p, 1), 1);
	n = *next ? *next : 2;
	for (;; n++) {
		char suffix[16];
		size_t sl = (size_t)snprintf(suffix, sizeof(suffix), "%s%u",
		    u->sep, (unsigned)n);
		size_t keep = base.len;

		if (keep + sl > max) {
			keep = max - sl;
			while (keep > 0 && (((unsigned char)base.p[keep] &
			    0xC0) == 0x80))
				keep--;
		}
		o->len = from;
		sb_putn(o, base.p, keep);
		while (o->len > from && (o->p[o->len - 1] == '-' ||
		    o->p[o->len - 1] == ' '))
			o->len--;
		o->p[o->len] = '\0';
		sb_puts(o, suffix);
		used = hmap_slot(&u->used, hash_str(o->p + from, 0), 1);
		if (*used == 0) {
			*used = 1;
			break;
		}
	}
	/* The table may have grown: look the slot up again. */
	*hmap_slot(&u->next, hash_str(base.p, 1), 1) = n + 1;
	sb_free(&base);
}

static void
uniq_free(uniq_t *u)
{
	hmap_free(&u->used);
	hmap_free(&u->next);
}

/* ------------------------------------------------------------------ */
/* Reference data: territories and their cities.                       */

typedef struct {
	const char *name, *zip;
	int32_t lat, lon;	/* micro-degrees */
} city_t;

typedef struct {
	const char *name;
	const char *in;		/* "en Bretagne" */
	int weight;		/* share of members and contributions */
	const city_t *cities;
	unsigned ncities;
	const char *local[4];	/* "dans le Vercors" */
	const char *pnr;	/* regional natural park, "du Vercors" */
} terr_t;

static const city_t C_GRE[] = {
	{ "Grenoble", "38000", 45188529, 5724524 },
	{ "Échirolles", "38130", 45143600, 5721300 },
	{ "Saint-Martin-d'Hères", "38400", 45167200, 5765300 },
	{ "Meylan", "38240", 45209800, 5779700 },
	{ "Fontaine", "38600", 45192800, 5685800 },
	{ "Voiron", "38500", 45364000, 5589000 },
	{ "Vienne", "38200", 45525300, 4874600 },
	{ "Bourgoin-Jallieu", "38300", 45585600, 5273600 },
	{ "Villard-de-Lans", "38250", 45071200, 5553000 },
};
static const city_t C_BRE[] = {
	{ "Rennes", "35000", 48117266, -1677793 },
	{ "Brest", "29200", 48390400, -4486100 },
	{ "Quimper", "29000", 47996000, -4102400 },
	{ "Vannes", "56000", 47658200, -2760800 },
	{ "Lorient", "56100", 47748300, -3370000 },
	{ "Saint-Brieuc", "22000", 48514200, -2760300 },
	{ "Saint-Malo", "35400", 48649300, -2025700 },
	{ "Lannion", "22300", 48732600, -3456600 },
};
static const city_t C_OCC[] = {
	{ "Toulouse", "31000", 43604652, 1444209 },
	{ "Montpellier", "34000", 43610800, 3876700 },
	{ "Nîmes", "30000", 43836700, 4360100 },
	{ "Perpignan", "66000", 42688700, 2894800 },
	{ "Albi", "81000", 43928900, 2146400 },
	{ "Tarbes", "65000", 43232800, 78100 },
	{ "Carcassonne", "11000", 43213000, 2349100 },
	{ "Rodez", "12000", 44350600, 2575000 },
};
static const city_t C_NOR[] = {
	{ "Caen", "14000", 49182863, -370679 },
	{ "Rouen", "76000", 49443200, 1099900 },
	{ "Le Havre", "76600", 49494400, 107900 },
	{ "Cherbourg-en-Cotentin", "50100", 49633700, -1622200 },
	{ "Évreux", "27000", 49024100, 1150800 },
	{ "Alençon", "61000", 48432900, 91300 },
	{ "Saint-Lô", "50000", 49115700, -1090600 },
	{ "Dieppe", "76200", 49922900, 1077500 },
};
static const city_t C_PACA[] = {
	{ "Marseille", "13001", 43296482, 5369780 },
	{ "Nice", "06000", 43710200, 7262000 },
	{ "Toulon", "83000", 43124200, 5928000 },
	{ "Aix-en-Provence", "13100", 43529700, 5447400 },
	{ "Avignon", "84000", 43949300, 4805500 },
	{ "Gap", "05000", 44559400, 6078600 },
	{ "Digne-les-Bains", "04000", 44092500, 6235600 },
	{ "Arles", "13200", 43676600, 4627800 },
};
static const city_t C_GE[] = {
	{ "Strasbourg", "67000", 48573405, 7752111 },
	{ "Metz", "57000", 49119300, 6175700 },
	{ "Nancy", "54000", 48692100, 6184400 },
	{ "Reims", "51100", 49258300, 4031700 },
	{ "Mulhouse", "68100", 47750800, 7335900 },
	{ "Colmar", "68000", 48079400, 7358500 },
	{ "Troyes", "10000", 48297300, 4074400 },
	{ "Épinal", "88000", 48172400, 6449600 },
};
static const city_t C_CVL[] = {
	{ "Orléans", "45000", 47902964, 1909251 },
	{ "Tours", "37000", 47394100, 684800 },
	{ "Bourges", "18000", 47081000, 2398800 },
	{ "Blois", "41000", 47586100, 1335900 },
	{ "Chartres", "28000", 48443900, 1489000 },
	{ "Châteauroux", "36000", 46810300, 1691300 },
	{ "Vierzon", "18100", 47222000, 2069000 },
	{ "Amboise", "37400", 47413300, 982600 },
};
static const city_t C_LOI[] = {
	{ "Saint-Étienne", "42000", 45439695, 4387178 },
	{ "Roanne", "42300", 46034000, 4072600 },
	{ "Montbrison", "42600", 45607500, 4065300 },
	{ "Firminy", "42700", 45388100, 4288500 },
	{ "Saint-Chamond", "42400", 45475800, 4514800 },
	{ "Rive-de-Gier", "42800", 45528100, 4618100 },
	{ "Feurs", "42110", 45742300, 4226600 },
};
static const city_t C_NA[] = {
	{ "Bordeaux", "33000", 44837789, -579180 },
	{ "Limoges", "87000", 45833600, 1261100 },
	{ "Poitiers", "86000", 46580200, 340400 },
	{ "La Rochelle", "17000", 46160300, -1151100 },
	{ "Pau", "64000", 43295100, -370800 },
	{ "Bayonne", "64100", 43492900, -1474800 },
	{ "Angoulême", "16000", 45648400, 156200 },
	{ "Périgueux", "24000", 45184600, 721400 },
};
static const city_t C_HDF[] = {
	{ "Lille", "59000", 50629250, 3057256 },
	{ "Amiens", "80000", 49894100, 2295800 },
	{ "Roubaix", "59100", 50694200, 3174600 },
	{ "Dunkerque", "59140", 51034300, 2376800 },
	{ "Calais", "62100", 50951300, 1858700 },
	{ "Arras", "62000", 50291000, 2777500 },
	{ "Valenciennes", "59300", 50357000, 3523500 },
	{ "Beauvais", "60000", 49429500, 2080700 },
};
static const city_t C_BFC[] = {
	{ "Dijon", "21000", 47322047, 5041480 },
	{ "Besançon", "25000", 47237800, 6024100 },
	{ "Chalon-sur-Saône", "71100", 46780600, 4853900 },
	{ "Auxerre", "89000", 47798200, 3567300 },
	{ "Nevers", "58000", 46991000, 3159000 },
	{ "Belfort", "90000", 47639700, 6863800 },
	{ "Mâcon", "71000", 46306900, 4828700 },
	{ "Montbéliard", "25200", 47510000, 6798300 },
};
static const city_t C_SMB[] = {
	{ "Chambéry", "73000", 45564601, 5917781 },
	{ "Annecy", "74000", 45899200, 6129400 },
	{ "Aix-les-Bains", "73100", 45688500, 5915300 },
	{ "Annemasse", "74100", 46193400, 6234200 },
	{ "Thonon-les-Bains", "74200", 46370500, 6479300 },
	{ "Albertville", "73200", 45675500, 6392500 },
	{ "Chamonix-Mont-Blanc", "74400", 45923700, 6869400 },
	{ "Le Bourget-du-Lac", "73370", 45646400, 5861700 },
};

#define T(c) c, (unsigned)NELEM(c)
/* Index = territory id; 0 unused, 1 is the national network. */
static const terr_t TERR[14] = {
	{ NULL, NULL, 0, NULL, 0, { NULL }, NULL },
	{ NULL, NULL, 0, NULL, 0, { NULL }, NULL },
	{ "Grenoble", "en Isère", 22, T(C_GRE),
	  { "dans le Vercors", "en Chartreuse", "dans l'Oisans",
	    "au bord de l'Isère" }, "du Vercors" },
	{ "Bretagne", "en Bretagne", 10, T(C_BRE),
	  { "sur le littoral breton", "dans le golfe du Morbihan",
	    "en mer d'Iroise", "dans les monts d'Arrée" }, "d'Armorique" },
	{ "Occitanie", "en Occitanie", 10, T(C_OCC),
	  { "dans les Pyrénées", "le long du canal du Midi",
	    "dans les Cévennes", "sur l'étang de Thau" },
	  "des Grands Causses" },
	{ "Normandie", "en Normandie", 7, T(C_NOR),
	  { "sur la côte d'Albâtre", "dans la baie du Mont-Saint-Michel",
	    "dans le bocage normand", "le long de la Seine" },
	  "des Boucles de la Seine normande" },
	{ "Provence-Alpes-Côte d'Azur", "en Provence-Alpes-Côte d'Azur", 8,
	  T(C_PACA),
	  { "dans les calanques", "dans le Mercantour",
	    "sur le plateau de Valensole", "en Camargue" }, "du Luberon" },
	{ "Grand Est", "dans le Grand Est", 7, T(C_GE),
	  { "dans le massif des Vosges", "le long du Rhin", "en Champagne",
	    "en Alsace" }, "des Vosges du Nord" },
	{ "Centre-Val de Loire", "en Centre-Val de Loire", 5, T(C_CVL),
	  { "dans la vallée de la Loire", "en Sologne", "dans le Berry",
	    "en Touraine" }, "de la Brenne" },
	{ "Loire", "dans la Loire", 6, T(C_LOI),
	  { "dans le massif du Pilat", "dans les monts du Forez",
	    "dans les gorges de la Loire", "sur les anciens sites miniers" },
	  "du Pilat" },
	{ "Nouvelle-Aquitaine", "en Nouvelle-Aquitaine", 9, T(C_NA),
	  { "sur le bassin d'Arcachon", "dans les Landes", "en Limousin",
	    "sur l'île de Ré" }, "des Landes de Gascogne" },
	{ "Hauts-de-France", "dans les Hauts-de-France", 7, T(C_HDF),
	  { "sur la côte d'Opale", "dans le bassin minier",
	    "en baie de Somme", "en Thiérache" }, "Scarpe-Escaut" },
	{ "Bourgogne-Franche-Comté", "en Bourgogne-Franche-Comté", 5,
	  T(C_BFC),
	  { "dans le massif du Jura", "dans le Morvan",
	    "sur la Côte-d'Or", "le long du Doubs" }, "du Morvan" },
	{ "Savoie Mont Blanc", "en Savoie Mont Blanc", 6, T(C_SMB),
	  { "dans le massif du Mont-Blanc", "au bord du lac d'Annecy",
	    "dans les Bauges", "en Maurienne" }, "du massif des Bauges" },
};
#undef T

static int terr_cum[14];	/* cumulative weights, ids 2..13 */

static unsigned
pick_terr(rng_t *r)
{
	uint32_t x = rng_below(r, (uint32_t)terr_cum[13]);
	unsigned t;

	for (t = 2; t < 13; t++)
		if (x < (uint32_t)terr_cum[t])
			break;
	return t;
}

/* The main city (the territory's centre) gets 40 %, the others share. */
static unsigned
pick_city(rng_t *r, unsigned t)
{
	if (rng_pct(r, 40))
		return 0;
	return rng_below(r, TERR[t].ncities);
}

static const char *const THEME_NAMES[13] = { "", "Sciences de la vie",
	"Numérique", "Environnement", "Patrimoine", "Santé", "Espace",
	"Physique et chimie", "Mathématiques",
	"Sciences humaines et sociales", "Terre et climat", "Énergie",
	"Innovation et industrie" };

/* ------------------------------------------------------------------ */
/* Vocabulary.                                                         */

/* Subjects per theme, each with its article. */
static const char *const SUBJ_1[] = { "les abeilles sauvages",
	"les chauves-souris", "le microbiote intestinal", "la photosynthèse",
	"les champignons", "les fourmis", "l'ADN environnemental",
	"les oiseaux migrateurs", "les amphibiens", "les lichens",
	"les insectes pollinisateurs", "le retour du loup", "les grands singes",
	"la génétique des plantes", "les papillons de nuit" };
static const char *const SUBJ_2[] = { "l'intelligence artificielle",
	"les algorithmes", "la cybersécurité", "les données personnelles",
	"la robotique", "les jeux vidéo", "l'informatique quantique",
	"les logiciels libres", "l'impression 3D", "les réseaux sociaux",
	"la réalité virtuelle", "les fausses informations",
	"les objets connectés", "le calcul haute performance",
	"la sobriété numérique" };
static const char *const SUBJ_3[] = { "la biodiversité urbaine",
	"les zones humides", "la qualité de l'air", "les déchets plastiques",
	"le compostage", "les forêts anciennes", "la pollution lumineuse",
	"les sols vivants", "les rivières", "les espèces invasives",
	"le recyclage", "les haies bocagères", "la nature en ville",
	"les tourbières", "le bruit" };
static const char *const SUBJ_4[] = { "le patrimoine industriel",
	"les instruments scientifiques anciens", "l'archéologie préventive",
	"les herbiers", "les collections naturalistes",
	"l'histoire des sciences", "les moulins", "les cadrans solaires",
	"les fortifications", "les archives scientifiques", "les vitraux",
	"la houille blanche", "les fossiles", "les cartes anciennes" };
static const char *const SUBJ_5[] = { "le sommeil", "la vaccination",
	"le cerveau", "l'antibiorésistance", "les maladies rares",
	"la nutrition", "les perturbateurs endocriniens", "la santé mentale",
	"l'imagerie médicale", "les allergies", "le cœur", "les virus",
	"l'audition", "la douleur" };
static const char *const SUBJ_6[] = { "les exoplanètes", "la Lune",
	"les trous noirs", "les comètes", "Mars", "les étoiles filantes",
	"le télescope James Webb", "les aurores boréales",
	"la Station spatiale internationale", "les satellites", "le Soleil",
	"les galaxies", "les débris spatiaux", "la matière noire",
	"les météorites" };
static const char *const SUBJ_7[] = { "la lumière", "les cristaux",
	"la supraconductivité", "les atomes", "le magnétisme", "les couleurs",
	"la chimie verte", "les ondes", "les lasers", "les états de la matière",
	"le froid extrême", "les neutrinos", "les polymères",
	"la radioactivité", "les bulles de savon" };
static const char *const SUBJ_8[] = { "les nombres premiers",
	"les fractales", "les probabilités", "la géométrie", "les statistiques",
	"la cryptographie", "les pavages", "l'infini", "la théorie des graphes",
	"le hasard", "les énigmes mathématiques", "le nombre pi",
	"les origamis", "les nœuds" };
static const char *const SUBJ_9[] = { "les langues régionales",
	"l'histoire des migrations", "la mémoire collective",
	"les sciences participatives", "l'archéologie du quotidien",
	"les inégalités", "la démocratie locale", "les croyances",
	"l'alimentation", "les mobilités", "le travail", "les utopies",
	"l'habitat", "les jeux de société" };
static const char *const SUBJ_10[] = { "les glaciers",
	"le changement climatique", "les séismes", "les volcans",
	"les avalanches", "le permafrost", "les océans", "les nuages",
	"les crues", "la géologie", "les roches", "les canicules",
	"le niveau de la mer", "les sécheresses", "les grottes" };
static const char *const SUBJ_11[] = { "l'énergie solaire", "l'hydrogène",
	"les éoliennes", "la sobriété énergétique", "les batteries",
	"l'hydroélectricité", "la fusion nucléaire", "la rénovation thermique",
	"la géothermie", "les réseaux électriques", "la biomasse",
	"les énergies marines", "le stockage de l'énergie" };
static const char *const SUBJ_12[] = { "les nanotechnologies",
	"la microélectronique", "les matériaux composites",
	"l'industrie du futur", "les start-up", "la photonique",
	"les capteurs", "le biomimétisme", "les semi-conducteurs",
	"l'économie circulaire", "les drones", "les jumeaux numériques",
	"la mécanique de précision", "les low-tech" };

typedef struct {
	const char *const *v;
	uint32_t n;
} list_t;
#define L(a) { a, (uint32_t)NELEM(a) }
static const list_t SUBJECTS[13] = { { NULL, 0 }, L(SUBJ_1), L(SUBJ_2),
	L(SUBJ_3), L(SUBJ_4), L(SUBJ_5), L(SUBJ_6), L(SUBJ_7), L(SUBJ_8),
	L(SUBJ_9), L(SUBJ_10), L(SUBJ_11), L(SUBJ_12) };

static const char *
lpick(rng_t *r, const list_t *l)
{
	return l->v[rng_below(r, l->n)];
}

static const char *const ANGLES[] = { "en ville", "au quotidien",
	"à l'école", "sous le microscope", "à l'heure du numérique",
	"face au changement climatique", "près de chez vous", "de A à Z",
	"en questions", "au fil des saisons", "hier et aujourd'hui",
	"pour les curieux", "en famille", "sans idées reçues" };

static const char *const FIRST_F[] = { "Marie", "Camille", "Léa", "Manon",
	"Chloé", "Emma", "Inès", "Sarah", "Julie", "Claire", "Sophie", "Anne",
	"Élise", "Lucie", "Mathilde", "Pauline", "Charlotte", "Juliette",
	"Hélène", "Nathalie", "Isabelle", "Céline", "Amandine", "Aurélie",
	"Laure", "Margaux", "Zoé", "Louise", "Alice", "Agathe", "Salomé",
	"Noémie", "Océane", "Maëlle", "Yasmine", "Fatima", "Nadia", "Gaëlle",
	"Solène", "Bérénice", "Françoise", "Martine", "Sylvie", "Véronique",
	"Clémence", "Anaïs", "Héloïse", "Romane", "Justine", "Éléonore" };
static const char *const FIRST_M[] = { "Thomas", "Nicolas", "Julien",
	"Antoine", "Maxime", "Hugo", "Lucas", "Louis", "Mathieu", "Pierre",
	"Paul", "Jean", "Baptiste", "Guillaume", "Romain", "Alexandre",
	"Quentin", "Florian", "Benoît", "Olivier", "Laurent", "Stéphane",
	"Philippe", "Christophe", "Sébastien", "Jérôme", "François", "Éric",
	"Yannick", "Loïc", "Gaël", "Erwan", "Théo", "Arthur", "Jules",
	"Raphaël", "Gabriel", "Noé", "Karim", "Mehdi", "Samir", "Rachid",
	"Bruno", "Didier", "Thierry", "Hervé", "Cédric", "Damien", "Adrien",
	"Étienne" };
static const char *const LAST[] = { "Martin", "Bernard", "Thomas", "Petit",
	"Robert", "Richard", "Durand", "Dubois", "Moreau", "Laurent", "Simon",
	"Michel", "Lefebvre", "Leroy", "Roux", "David", "Bertrand", "Morel",
	"Fournier", "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine",
	"Rousseau", "Vincent", "Muller", "Lefèvre", "Faure", "André",
	"Mercier", "Blanc", "Guérin", "Boyer", "Garnier", "Chevalier",
	"François", "Legrand", "Gauthier", "Garcia", "Perrin", "Robin",
	"Clément", "Morin", "Nicolas", "Henry", "Roussel", "Mathieu",
	"Gautier", "Masson", "Marchand", "Duval", "Denis", "Dumont", "Lemaire",
	"Noël", "Meyer", "Dufour", "Meunier", "Brun", "Blanchard", "Giraud",
	"Joly", "Rivière", "Lucas", "Brunet", "Gaillard", "Barbier", "Arnaud",
	"Martinez", "Gérard", "Roche", "Renard", "Schmitt", "Roy", "Leroux",
	"Colin", "Vidal", "Caron", "Picard", "Roger", "Fabre", "Aubert",
	"Lemoine", "Renaud", "Dumas", "Lacroix", "Olivier", "Bourgeois",
	"Benoît", "Rey", "Leclerc", "Payet", "Rolland", "Leclercq",
	"Guillaume", "Lecomte", "Le Gall", "Le Goff", "Kerbrat", "Quéré",
	"Tanguy", "Jacquet", "Collet", "Prévost", "Bailly", "Chauvin",
	"Charpentier", "Perret", "Besson", "Pelletier", "Ferrand", "Carré",
	"Hamel", "Benhamou", "Nguyen", "Haddad", "Diallo", "Da Silva",
	"Ferreira", "N'Diaye", "O'Neill" };

/* Jobs: feminine, masculine. */
static const char *const JOBS[][2] = {
	{ "médiatrice scientifique", "médiateur scientifique" },
	{ "chercheuse au CNRS", "chercheur au CNRS" },
	{ "enseignante-chercheuse", "enseignant-chercheur" },
	{ "doctorante en écologie", "doctorant en écologie" },
	{ "ingénieure d'études", "ingénieur d'études" },
	{ "animatrice nature", "animateur nature" },
	{ "professeure de physique-chimie", "professeur de physique-chimie" },
	{ "bibliothécaire", "bibliothécaire" },
	{ "journaliste scientifique", "journaliste scientifique" },
	{ "astronome amateur", "astronome amateur" },
	{ "naturaliste", "naturaliste" },
	{ "guide-conférencière", "guide-conférencier" },
	{ "illustratrice scientifique", "illustrateur scientifique" },
	{ "cheffe de projet culture scientifique",
	  "chef de projet culture scientifique" },
	{ "photographe naturaliste", "photographe naturaliste" },
	{ "géologue retraitée", "géologue retraité" },
	{ "étudiante en master de biologie", "étudiant en master de biologie" },
	{ "développeuse", "développeur" },
	{ "ingénieure en énergie", "ingénieur en énergie" },
	{ "professeure des écoles", "professeur des écoles" },
	{ "archéologue", "archéologue" },
	{ "glaciologue", "glaciologue" },
};

static const char *const FAMOUS[] = { "Jules-Verne", "Marie-Curie",
	"Victor-Hugo", "Simone-Veil", "George-Sand", "Louise-Michel",
	"Jean-Jaurès", "Aimé-Césaire", "Colette", "Albert-Camus",
	"Paul-Éluard", "Jean-Moulin", "Louis-Pasteur", "Sophie-Germain",
	"Émilie-du-Châtelet", "Paul-Langevin", "Irène-Joliot-Curie",
	"Jacques-Prévert", "Olympe-de-Gouges", "Lucie-Aubrac", "Hubert-Reeves",
	"Théodore-Monod", "Haroun-Tazieff", "Katia-Krafft" };

static const char *const FIELDS[] = { "physique des matériaux",
	"écologie alpine", "neurosciences cognitives", "chimie moléculaire",
	"mathématiques appliquées", "géosciences", "informatique et robotique",
	"glaciologie", "biologie cellulaire", "sciences du climat",
	"océanographie", "sociologie des sciences", "archéologie",
	"astrophysique", "microbiologie", "énergie solaire",
	"intelligence artificielle", "génétique des populations",
	"écologie marine", "physique quantique", "hydrologie",
	"histoire des techniques", "biologie végétale", "photonique" };

static const char *const NICKNAMES[] = { "La Source", "Le Bocal",
	"La Fabrique", "L'Établi", "La Ruche", "Le Sextant", "La Boussole",
	"L'Alambic", "Le Quai", "La Loupe", "Le Prisme", "La Paillasse",
	"Le Phare", "L'Escale", "La Serre", "Le Méridien" };

/* Structure name templates per kind (see expand() for the % codes). */
static const char *const SN_MUSEUM[] = { "Muséum %k", "Musée des sciences %k",
	"Musée de la mine %k", "Maison de la nature %k", "Planétarium %k",
	"Aquarium %k", "Écomusée %k", "Centre de culture scientifique %k",
	"Musée archéologique %k", "Jardin botanique %k", "Observatoire %k",
	"Musée de l'électricité %k", "Maison de la montagne %k",
	"Musée des arts et métiers %k", "Maison de l'eau %k" };
static const char *const SN_LAB[] = { "Laboratoire %F", "Laboratoire %F %k",
	"Institut %F %k", "Centre de recherche en %f %k",
	"Unité de recherche en %f", "Plateforme technologique %k",
	"Observatoire des sciences de l'univers %k", "Station de recherche %k",
	"Laboratoire %F et de modélisation" };
static const char *const SN_ASSO[] = { "Association astronomique %k",
	"Les Amis des sciences %k", "Société des sciences naturelles %k",
	"Club d'astronomie %k", "Atelier des curieux %k",
	"Fabrique des sciences %k", "Collectif naturaliste %k", "Fablab %k",
	"Société d'histoire naturelle %k", "Club de robotique %k",
	"Association Sciences et Nature %k", "Les Petits Chercheurs %k",
	"Association Curieux de nature %k", "Cercle des géologues amateurs %k",
	"Association %i", "Collectif %i" };
static const char *const SN_LIBRARY[] = { "Médiathèque %h",
	"Bibliothèque municipale %k", "Bibliothèque universitaire %k",
	"Médiathèque intercommunale %k", "Bibliothèque des sciences %k",
	"Médiathèque %i" };
static const char *const SN_SCHOOL[] = { "Lycée %h", "Collège %h",
	"École élémentaire %h", "Université %k", "IUT %k",
	"École d'ingénieurs %k", "Lycée agricole %k", "Lycée des métiers %h" };
static const char *const SN_OTHER[] = { "Parc naturel régional %H",
	"Centre social %h", "Office de tourisme %k", "Maison de quartier %h",
	"Espace jeunesse %k", "Tiers-lieu %i" };

enum { SK_MUSEUM, SK_LAB, SK_ASSO, SK_COMPANY, SK_LIBRARY, SK_SCHOOL,
	SK_OTHER };
static const char *const SK_NAMES[] = { "museum", "lab", "association",
	"company", "library", "school", "other" };
static const list_t SN_LISTS[] = { L(SN_MUSEUM), L(SN_LAB), L(SN_ASSO),
	{ NULL, 0 }, L(SN_LIBRARY), L(SN_SCHOOL), L(SN_OTHER) };

static const char *const CO_ROOT[] = { "Nano", "Photo", "Bio", "Géo",
	"Hydro", "Astro", "Cryo", "Therm", "Quant", "Cell", "Micro", "Éco",
	"Litho", "Opti", "Élec", "Nova", "Aqua", "Terra", "Sol", "Alpi" };
static const char *const CO_SUFFIX[] = { "tek", "lis", "via", "nova", "sys",
	"gen", "lab", "ix", "néo", "sense", "ma", "tis", "ka", "rium", "go" };
static const char *const CO_TAIL[] = { "", "", " SAS", " Technologies",
	" Solutions", " Conseil", " Innovation", " Industries" };

/* Places: name template, is_visit. */
static const struct {
	const char *tpl;
	int visit;
} PLACES[] = {
	{ "Muséum %k", 1 }, { "Planétarium %k", 1 },
	{ "Jardin botanique %k", 1 }, { "Observatoire %k", 1 },
	{ "Maison de la nature %k", 1 }, { "Aquarium %k", 1 },
	{ "Centre de sciences %k", 1 }, { "Musée de la mine %k", 1 },
	{ "Écomusée %k", 1 }, { "Site archéologique %k", 1 },
	{ "Médiathèque %h", 0 }, { "Salle des fêtes %k", 0 },
	{ "Amphithéâtre %h", 0 }, { "Café %i", 0 },
	{ "Maison des associations %k", 0 }, { "Tiers-lieu %i", 0 },
	{ "Hôtel de ville %k", 0 }, { "Lycée %h", 0 },
	{ "Espace culturel %h", 0 }, { "Halle aux grains %k", 0 },
	{ "Salle polyvalente %h", 0 }, { "Cinéma %i", 0 },
	{ "Auditorium %k", 0 }, { "Médiathèque %i", 0 },
};

static const char *const STREET_TYPES[] = { "rue", "rue", "rue", "avenue",
	"boulevard", "place", "quai", "allée", "chemin", "cours" };
static const char *const STREETS[] = { "de la République", "Jean-Jaurès",
	"Victor-Hugo", "des Écoles", "du Moulin", "Pasteur", "de la Gare",
	"Gambetta", "Voltaire", "du Général-de-Gaulle", "Marie-Curie",
	"des Tilleuls", "de l'Église", "du Port", "des Lilas", "Jean-Moulin",
	"de la Liberté", "du Stade", "des Carmes", "de l'Université",
	"Anatole-France", "du Château", "des Arts", "Aristide-Briand",
	"de Verdun", "Émile-Zola", "des Marronniers", "de la Paix" };

/* Articles of the first word of structure and place names. */
static const struct {
	const char *w, *art;
} ARTS[] = {
	{ "Muséum", "le " }, { "Musée", "le " }, { "Maison", "la " },
	{ "Planétarium", "le " }, { "Aquarium", "l'" }, { "Écomusée", "l'" },
	{ "Centre", "le " }, { "Jardin", "le " }, { "Observatoire", "l'" },
	{ "Laboratoire", "le " }, { "Institut", "l'" }, { "Unité", "l'" },
	{ "Plateforme", "la " }, { "Station", "la " },
	{ "Association", "l'" }, { "Club", "le " }, { "Société", "la " },
	{ "Collectif", "le " }, { "Fablab", "le " }, { "Atelier", "l'" },
	{ "Fabrique", "la " }, { "Cercle", "le " }, { "Médiathèque", "la " },
	{ "Bibliothèque", "la " }, { "Lycée", "le " }, { "Collège", "le " },
	{ "École", "l'" }, { "Université", "l'" }, { "IUT", "l'" },
	{ "Parc", "le " }, { "Office", "l'" }, { "Espace", "l'" },
	{ "Tiers-lieu", "le " }, { "Salle", "la " }, { "Amphithéâtre", "l'" },
	{ "Café", "le " }, { "Hôtel", "l'" }, { "Halle", "la " },
	{ "Cinéma", "le " }, { "Auditorium", "l'" }, { "Site", "le " },
};

static const char *
article_for(const char *name)
{
	size_t n = strcspn(name, " ");
	size_t i;

	if (starts_ci(name, "le ") || starts_ci(name, "la ") ||
	    starts_ci(name, "les ") || starts_ci(name, "l'"))
		return "";
	for (i = 0; i < NELEM(ARTS); i++)
		if (strlen(ARTS[i].w) == n && strncmp(ARTS[i].w, name, n) == 0)
			return ARTS[i].art;
	return "";
}

static const char *const ACRO_A[] = { "BIO", "GEO", "OBS", "ALP", "HYDRO",
	"FLOR", "PHENO", "ECO", "CIT", "LUMI", "ASTRO", "TERRA", "AQUA",
	"POLLI", "CARTO", "SOL" };
static const char *const ACRO_B[] = { "CLIM", "SCOPE", "DIV", "NET", "LAB",
	"VIGIE", "MAP", "SENS", "TRACK", "FLUX", "ZONE", "GRAPH" };

/* Tags: slug, name, theme (0 = any). */
static const struct {
	const char *slug, *name;
	int theme;
} TAGS[] = {
	{ "astronomie", "astronomie", 6 },
	{ "biodiversite", "biodiversité", 1 },
	{ "robotique", "robotique", 2 },
	{ "fete-de-la-science", "fête de la science", 0 },
	{ "climat", "climat", 10 },
	{ "intelligence-artificielle", "intelligence artificielle", 2 },
	{ "archeologie", "archéologie", 4 },
	{ "botanique", "botanique", 1 },
	{ "geologie", "géologie", 10 },
	{ "ornithologie", "ornithologie", 1 },
	{ "entomologie", "entomologie", 1 },
	{ "oceans", "océans", 10 },
	{ "energies-renouvelables", "énergies renouvelables", 11 },
	{ "sante-publique", "santé publique", 5 },
	{ "neurosciences", "neurosciences", 5 },
	{ "genetique", "génétique", 1 },
	{ "chimie", "chimie", 7 },
	{ "physique-quantique", "physique quantique", 7 },
	{ "mathematiques", "mathématiques", 8 },
	{ "sciences-participatives", "sciences participatives", 0 },
	{ "mediation-scientifique", "médiation scientifique", 0 },
	{ "jeunesse", "jeunesse", 0 },
	{ "exposition", "exposition", 0 },
	{ "conference", "conférence", 0 },
	{ "atelier", "atelier", 0 },
	{ "patrimoine-industriel", "patrimoine industriel", 4 },
	{ "musees", "musées", 4 },
	{ "glaciologie", "glaciologie", 10 },
	{ "montagne", "montagne", 10 },
	{ "eau", "eau", 3 },
	{ "foret", "forêt", 3 },
	{ "agriculture", "agriculture", 3 },
	{ "alimentation", "alimentation", 5 },
	{ "numerique-responsable", "numérique responsable", 2 },
	{ "donnees-ouvertes", "données ouvertes", 2 },
	{ "espace", "espace", 6 },
	{ "exoplanetes", "exoplanètes", 6 },
	{ "volcans", "volcans", 10 },
	{ "seismes", "séismes", 10 },
	{ "histoire-des-sciences", "histoire des sciences", 4 },
	{ "ethique", "éthique", 9 },
	{ "femmes-et-sciences", "femmes et sciences", 9 },
	{ "fablab", "fablab", 12 },
	{ "makers", "makers", 12 },
	{ "impression-3d", "impression 3D", 12 },
	{ "nanotechnologies", "nanotechnologies", 12 },
	{ "photonique", "photonique", 12 },
	{ "energie", "énergie", 11 },
	{ "hydrogene", "hydrogène", 11 },
	{ "mobilite", "mobilité", 9 },
	{ "urbanisme", "urbanisme", 9 },
	{ "recyclage", "recyclage", 3 },
	{ "insectes", "insectes", 1 },
	{ "vaccins", "vaccins", 5 },
	{ "sommeil", "sommeil", 5 },
	{ "nuit-des-etoiles", "nuit des étoiles", 6 },
	{ "cryptographie", "cryptographie", 8 },
	{ "statistiques", "statistiques", 8 },
	{ "science-ouverte", "science ouverte", 0 },
	{ "podcast", "podcast", 0 },
	{ "education", "éducation", 0 },
	{ "cinema", "cinéma", 0 },
};

static unsigned tags_by_theme[13][16];
static unsigned ntags_by_theme[13];

/* Titles. */
static const char *const T_ARTICLE[] = {
	"%S %A : ce que l'on sait vraiment",
	"%S : %n questions pour tout comprendre",
	"À la découverte %d %A",
	"%n idées reçues sur %s",
	"Comment étudie-t-on %s ?",
	"Rencontre avec %p, %j",
	"Au cœur %d",
	"%S : une équipe %k fait le point",
	"%S %t : état des lieux",
	"Quand la science s'intéresse %a",
	"Sur la piste %d %A",
	"Les secrets %d",
	"Portrait : %p, %j %v",
	"Enquête : %s %A",
	"On a testé pour vous : un atelier sur %s",
	"Petite histoire %d",
	"%S : les chercheurs %k se mobilisent",
	"Trois minutes pour comprendre %s",
	"Pourquoi s'intéresser %a ?",
	"Dans les coulisses %d",
	"%S %L : une étude inédite",
	"Ce que la recherche nous apprend sur %s",
	"%S, un sujet brûlant %t",
	"Carnet de terrain : %s %L",
	"%S %A : les bonnes questions à se poser",
	"Une journée avec %p, %j",
};
static const char *const T_EVENT[] = {
	"Conférence : %s %A",
	"Café des sciences : %s",
	"Atelier en famille : %s",
	"Exposition « %S »",
	"Ciné-débat autour %d",
	"Balade commentée : %s %L",
	"Visite de laboratoire : %s",
	"Rencontre avec %p autour %d",
	"Fête de la science %y %v",
	"Table ronde : %s, quels enjeux %t ?",
	"Escape game scientifique : %s",
	"Apéro-science : %s",
	"Journée portes ouvertes : %s",
	"Stage vacances : %s pour les 8-12 ans",
	"Projection-débat : %s %A",
	"Sortie nature : %s %L",
	"Soirée jeux et sciences : %s",
	"Conférence de %p : %s",
	"Atelier d'initiation : %s",
	"Nuit de la science %v : %s",
};
enum { AK_CALL, AK_JOB, AK_VOLUNTEERS, AK_OTHER };
static const char *const AK_NAMES[] = { "call", "job", "volunteers", "other" };
static const char *const T_ANN_CALL[] = {
	"Appel à projets : %s %t",
	"Appel à candidatures : résidence d'artistes autour %d",
	"Appel à contributions : %s %A",
	"Appel à communications : colloque sur %s",
	"Appel à projets %y : culture scientifique %t",
};
static const char *const T_ANN_JOB[] = {
	"Offre d'emploi : médiateur·rice scientifique %v",
	"Recrutement : chargé·e de projet culture scientifique %t",
	"Stage : animation d'ateliers autour %d",
	"CDD : chargé·e de médiation %w",
	"Service civique : ambassadeur·rice %d",
	"Poste de technicien·ne de laboratoire %v",
};
static const char *const T_ANN_VOL[] = {
	"Recherche bénévoles pour la Fête de la science %v",
	"Devenez observateur·rice %d",
	"Sciences participatives : participez à l'inventaire %d %L",
	"Appel aux bénévoles : animation autour %d",
	"Bénévoles recherchés pour le festival des sciences %k",
};
static const char *const T_ANN_OTHER[] = {
	"Prêt d'exposition : %s",
	"Ressource pédagogique : %s en classe",
	"Concours photo : %s %L",
	"Don de matériel scientifique %v",
	"Nouveau guide pratique sur %s",
};
static const list_t T_ANN[] = { L(T_ANN_CALL), L(T_ANN_JOB), L(T_ANN_VOL),
	L(T_ANN_OTHER) };
static const char *const T_DOSSIER[] = {
	"Dossier : %s",
	"Tout savoir sur %s",
	"%S en %n questions",
	"Spécial %T : %s %A",
	"Dossier : %s %A",
	"Grand format : %s %t",
	"Comprendre %s : notre dossier",
};
static const char *const T_PROJECT[] = {
	"Projet participatif : %s %A",
	"%K : un projet de sciences participatives sur %s",
	"Projet %K : %s %t",
	"Observatoire citoyen %d",
	"Programme de recherche-action sur %s",
	"Inventaire participatif %d %L",
};

/* Summaries. */
static const char *const S_ARTICLE[] = {
	"Chercheurs, médiateurs et passionnés %k nous aident à y voir plus clair sur %s.",
	"Un tour d'horizon des connaissances actuelles sur %s, avec l'éclairage de %p, %j.",
	"Que sait-on vraiment %d ? Éléments de réponse avec l'équipe %O.",
	"%S %A : décryptage d'un sujet qui passionne autant qu'il interroge. Rencontre avec celles et ceux qui l'étudient %t.",
	"Entre terrain et laboratoire, plongée dans le quotidien de %p, %j, qui travaille sur %s.",
	"Idées reçues, découvertes récentes et questions ouvertes : tout ce qu'il faut savoir sur %s.",
	"%V, une équipe s'intéresse de près %a. Récit d'une recherche au long cours.",
};
static const char *const S_EVENT[] = {
	"Une rencontre ouverte à tous, proposée par %q le %D.",
	"Rendez-vous le %D %P pour explorer %s en compagnie de %p, %j.",
	"Un moment convivial pour découvrir %s, échanger avec des spécialistes et poser toutes vos questions.",
	"%g : venez découvrir %s %P. %r.",
};
static const char *const S_ANN_CALL[] = {
	"Vous portez un projet autour %d ? Les candidatures sont ouvertes jusqu'au %X.",
	"Un appel ouvert aux associations, laboratoires et collectifs %t. Date limite : %X.",
};
static const char *const S_ANN_JOB[] = {
	"L'équipe %O recrute. Poste basé %v, candidatures jusqu'au %X.",
	"Une mission au cœur de la médiation scientifique %t. Candidatures avant le %X.",
};
static const char *const S_ANN_VOL[] = {
	"Envie de donner un coup de main ? L'équipe %O cherche des bénévoles, sans prérequis scientifique.",
	"Rejoignez les bénévoles qui recensent %s %L. Aucune compétence particulière n'est requise.",
};
static const char *const S_ANN_OTHER[] = {
	"Une ressource à partager avec vos réseaux, proposée par %q.",
	"À noter : %q met à disposition une exposition sur %s.",
};
static const list_t S_ANN[] = { L(S_ANN_CALL), L(S_ANN_JOB), L(S_ANN_VOL),
	L(S_ANN_OTHER) };
static const char *const S_DOSSIER[] = {
	"Notre dossier pour tout comprendre %d : articles, événements et ressources sélectionnés par la rédaction.",
	"Un parcours en plusieurs étapes pour explorer %s, de la recherche fondamentale aux initiatives locales %t.",
	"%S : les contributions les plus marquantes de la communauté, rassemblées dans un même dossier.",
};
static const char *const S_PROJECT[] = {
	"%K invite les habitants %k à participer à l'étude %d.",
	"Un projet de sciences participatives pour mieux connaître %s %L, porté par %q.",
	"Chercheurs et citoyens s'associent pour étudier %s. Chacun peut contribuer, quel que soit son âge.",
};

/* Body parts. */
static const char *const B_INTRO_ART[] = {
	"Que sait-on vraiment %d ? C'est la question que se pose %p, %j, qui consacre une bonne partie de son temps %a.",
	"%V comme ailleurs, l'intérêt pour %s ne cesse de grandir. Ateliers, conférences, sorties de terrain : les occasions d'en apprendre davantage se multiplient.",
	"Il suffit parfois d'une question d'enfant pour ouvrir un champ immense. C'est ce qui est arrivé à %p, %j, le jour où une élève l'a interrogé%e sur %s.",
	"%V, l'équipe %O s'est lancée dans un projet ambitieux autour %d. Objectif : mieux comprendre, et surtout mieux partager.",
	"On en parle souvent, mais on connaît mal %s. Cet article propose de faire le point, sans jargon, avec l'aide de %p, %j.",
	"Ces derniers mois, une série de rencontres %t a remis %s au cœur des discussions. Retour sur ce qu'il faut en retenir.",
	"Tout commence %v, il y a une dizaine d'années, dans un petit local prêté par la mairie. Aujourd'hui, le travail sur %s mobilise des dizaines de bénévoles.",
	"Pour %p, %j, tout a commencé par une observation banale, un soir d'été, %L. Depuis, la passion ne l'a plus quitté%e.",
};
static const char *const B_MID[] = {
	"Les premiers résultats sont **encourageants** : sur %n sites suivis %t, les données recueillies permettent déjà de mieux comprendre %s. « *On ne s'attendait pas à une telle richesse* », confie %p.",
	"Le travail se fait en grande partie sur le terrain, %L, mais aussi en laboratoire où les échantillons sont analysés. Une démarche **rigoureuse**, qui demande du temps et *beaucoup de patience*.",
	"Pour le grand public, l'enjeu est double : comprendre ce que la recherche dit %d, et savoir *comment* ces connaissances se construisent. C'est tout le sens des **ateliers** proposés par %q.",
	"Plus de **%N personnes** ont déjà participé aux animations depuis le lancement du programme, dont %n classes de la région. *Un succès qui dépasse les attentes.*",
	"Les chercheurs le rappellent volontiers : la science avance par **questions** plus que par certitudes. Sur %s, *beaucoup reste à découvrir*.",
	"Côté méthode, l'équipe combine observations, mesures et **modélisation**. Les données sont ensuite partagées en accès ouvert, pour que *chacun puisse les réutiliser*.",
	"« *Ce qui me passionne, c'est de voir le déclic chez les participants* », raconte %p, %j. Un déclic que l'on retrouve à chaque rencontre organisée **%v**.",
	"Difficile de résumer en quelques lignes un sujet aussi riche que %s. Retenons surtout qu'il s'agit d'un **formidable terrain d'expérimentation**, *à la croisée de plusieurs disciplines*.",
};
static const char *const B_HEAD_ART[] = { "Ce qu'il faut retenir",
	"Un peu de contexte", "Sur le terrain", "Les chiffres clés",
	"Et maintenant ?", "Pour aller plus loin", "Le regard des chercheurs",
	"Comment participer ?", "Trois choses à savoir",
	"Une démarche collective" };
static const char *const B_LIST_GEN[] = {
	"**%n** sites d'observation suivis %t",
	"des ateliers gratuits pour *tous les âges*",
	"un partenariat avec %q",
	"des ressources en ligne pour les enseignants",
	"une exposition itinérante dans %n communes",
	"des données ouvertes et réutilisables",
	"une restitution publique prévue %v",
	"un carnet de terrain à télécharger",
	"des sorties encadrées par des spécialistes %d",
	"un podcast en %n épisodes",
	"un jeu de cartes pour comprendre %s",
	"des rencontres régulières avec les chercheurs %k",
	"une bibliographie sélectionnée par la médiathèque",
};
static const char *const B_OUTRO[] = {
	"Pour en savoir plus, consultez [le site du projet](%u) ou écrivez directement à l'équipe %O.",
	"Les ressources citées dans cet article sont rassemblées sur [cette page](%u). Bonne lecture !",
	"Vous souhaitez participer ? Toutes les informations sont sur [la page dédiée](%u).",
	"À lire aussi : [notre sélection de ressources sur %s](%u).",
	"Pour prolonger la découverte, [le dossier documentaire](%u) propose cartes, vidéos et fiches pratiques.",
};
static const char *const B_INTRO_EV[] = {
	"Rendez-vous le **%D** %P pour une rencontre consacrée %a.",
	"L'équipe %O vous invite le **%D** %P à explorer %s en compagnie de %p, %j.",
	"Le **%D**, %p, %j, partagera %P son regard sur %s.",
	"Envie de mieux comprendre %s ? Retrouvez-nous le **%D** %P.",
};
static const char *const B_MID_EV[] = {
	"Au programme : une présentation *accessible à tous*, suivie d'un temps d'échange. **Aucune connaissance préalable n'est nécessaire.**",
	"Une occasion rare de **poser vos questions** directement aux spécialistes, *dans une ambiance détendue*.",
	"Petits et grands pourront **manipuler, observer et expérimenter** : *la curiosité est le seul prérequis*.",
};
static const char *const B_PROG[] = {
	"accueil des participants et présentation de la séance",
	"atelier pratique : manipulations et observations",
	"échanges avec les intervenants",
	"pot convivial",
	"visite guidée des collections",
	"observation au télescope (si la météo le permet)",
	"projection d'un court documentaire",
	"jeux et défis pour les plus jeunes",
	"démonstrations en direct",
	"séance de questions-réponses",
};
static const char *const B_OUTRO_EV[] = {
	"Inscription conseillée sur [le site de l'organisateur](%u).",
	"Programme complet et inscriptions sur [la page de l'événement](%u).",
	"Plus d'informations sur [le site %O](%u).",
};
static const char *const B_INTRO_ANN_CALL[] = {
	"L'équipe %O lance un appel à projets destiné aux associations, collectifs et établissements %t. Les projets doivent porter sur %s et s'adresser au grand public.",
	"Dans le cadre de son programme %y, %q soutient des initiatives originales autour %d.",
};
static const char *const B_INTRO_ANN_JOB[] = {
	"L'équipe %O recrute un·e chargé·e de médiation scientifique pour concevoir et animer des ateliers autour %d. Le poste est basé %v.",
	"Nous recherchons une personne motivée pour rejoindre notre équipe %v et développer des actions de culture scientifique autour %d.",
};
static const char *const B_INTRO_ANN_VOL[] = {
	"Pour sa prochaine édition, l'équipe %O recherche des bénévoles pour l'accueil du public, l'animation d'ateliers et la logistique.",
	"Participez à un programme de sciences participatives consacré %a : quelques heures par mois suffisent pour faire avancer la recherche.",
};
static const char *const B_INTRO_ANN_OTHER[] = {
	"L'équipe %O met à disposition une exposition de %n panneaux consacrée %a, destinée aux médiathèques, établissements scolaires et associations.",
	"Une nouvelle ressource pédagogique sur %s est disponible gratuitement pour les enseignants et animateurs %t.",
};
static const list_t B_INTRO_ANN[] = { L(B_INTRO_ANN_CALL),
	L(B_INTRO_ANN_JOB), L(B_INTRO_ANN_VOL), L(B_INTRO_ANN_OTHER) };
static const char *const B_LIST_ANN_CALL[] = {
	"dossier de candidature à envoyer avant le **%X**",
	"accompagnement par l'équipe %O",
	"financement jusqu'à %N €",
	"restitution publique prévue %v",
};
static const char *const B_LIST_ANN_JOB[] = {
	"contrat : CDD de %n mois",
	"prise de poste dès que possible",
	"candidature (CV et lettre) avant le **%X**",
	"rémunération selon la grille en vigueur",
};
static const char *const B_LIST_ANN_VOL[] = {
	"aucune compétence scientifique requise",
	"formation assurée par l'équipe",
	"quelques heures par mois",
	"ouvert dès 16 ans",
};
static const char *const B_LIST_ANN_OTHER[] = {
	"prêt gratuit, transport à la charge de l'emprunteur",
	"%n panneaux autoportants",
	"livret d'accompagnement fourni",
	"réservation au moins un mois à l'avance",
};
static const list_t B_LIST_ANN[] = { L(B_LIST_ANN_CALL), L(B_LIST_ANN_JOB),
	L(B_LIST_ANN_VOL), L(B_LIST_ANN_OTHER) };
static const char *const B_OUTRO_ANN[] = {
	"Toutes les informations sont disponibles sur [la page de l'annonce](%u).",
	"Pour candidater ou poser vos questions, rendez-vous sur [le formulaire en ligne](%u).",
};
static const char *const B_INTRO_DOS[] = {
	"%S : le sujet revient régulièrement dans l'actualité, et pour cause. Ce dossier rassemble une sélection de contributions publiées %t pour en faire le tour.",
	"Des laboratoires aux médiathèques, de nombreux acteurs %t s'intéressent %a. Nous avons réuni ici leurs articles, événements et projets.",
};
static const char *const B_LIST_DOS[] = {
	"des articles pour comprendre les bases",
	"des portraits de chercheuses et de chercheurs",
	"les prochains événements %t",
	"des projets participatifs ouverts à tous",
	"une sélection de ressources pédagogiques",
	"des retours d'expérience d'enseignants",
};
static const char *const B_INTRO_PROJ[] = {
	"Le projet %K est né d'une question simple : que sait-on réellement %d %L ? Pour y répondre, chercheurs et habitants unissent leurs forces.",
	"Porté par %q, %K propose à chacun de contribuer à l'étude %d, quelle que soit sa formation.",
};
static const char *const B_LIST_PROJ[] = {
	"recenser et cartographier les observations",
	"produire des données ouvertes utiles à la recherche",
	"sensibiliser le grand public %a",
	"former des observateurs bénévoles",
	"partager les résultats lors de rencontres publiques",
};
static const char *const URL_SECTIONS[] = { "ressources", "projets",
	"dossiers", "agenda", "actualites" };

static const char *const IMAGE_ALTS[] = {
	"Illustration : %s",
	"Des participants lors d'un atelier %v",
	"Vue d'une exposition consacrée %a",
	"Une chercheuse présente %s au public",
	"Paysage photographié %L",
	"Schéma explicatif sur %s",
	"Des enfants observent une expérience scientifique",
	"Carte de la région avec les sites étudiés %t",
};

static const char *const AUDIENCES[] = { "Tout public", "Tout public",
	"Familles, dès 8 ans", "Adultes", "Jeune public (6-12 ans)",
	"Scolaires (cycle 3)", "Adolescents et adultes",
	"Tout public, dès 12 ans", "Étudiants et grand public", "Enseignants",
	"Familles, dès 5 ans" };
static const char *const PRICES[] = { "Gratuit", "Gratuit", "Gratuit",
	"Gratuit sur inscription", "5 €, réduit 3 €",
	"8 €, gratuit pour les moins de 18 ans", "Prix libre", "3 €",
	"12 €, réduit 8 €", "Entrée du musée (6 €)",
	"Gratuit, dans la limite des places disponibles" };

static const char *const COMMENTS[] = {
	"Merci pour cet article très clair !",
	"Passionnant, j'ai appris plein de choses sur %s.",
	"Est-ce que l'atelier sera reconduit l'an prochain ?",
	"Super initiative, bravo à toute l'équipe !",
	"Je partage avec mes élèves, merci.",
	"Très intéressant. Auriez-vous des références pour aller plus loin ?",
	"Nous y étions avec les enfants, ils ont adoré.",
	"Petite précision : les chiffres cités datent de l'an dernier, non ?",
	"Quel travail ! On sent la passion derrière ce projet.",
	"Enfin un article qui parle %d sans jargon.",
	"Je ne savais pas que %s avaient autant d'importance %t.",
	"Y a-t-il une version pour les plus jeunes ?",
	"Merci %p pour ces explications.",
	"Article partagé dans notre lettre d'information, merci !",
	"Belle découverte, je ne connaissais pas cette structure %v.",
	"Les photos sont magnifiques.",
	"Dommage que ce soit en semaine, j'aurais aimé venir.",
	"Bravo pour la clarté du propos. *Vivement la suite !*",
};

static const char *const MSG_SUBJECTS[] = { "Question sur votre atelier",
	"Proposition de partenariat", "Merci pour la conférence",
	"Intervention en classe ?", "Photos de la sortie nature",
	"Demande d'information", "Projet commun pour la Fête de la science",
	"Prêt de matériel" };
static const char *const MSG_BODIES[] = {
	"Bonjour,\n\nJ'ai lu votre dernière publication avec beaucoup d'intérêt. Seriez-vous disponible pour en discuter ?\n\nBien cordialement,\n%p",
	"Bonjour,\n\nNous préparons un projet autour %d %t et cherchons des partenaires. Seriez-vous intéressé·e ?\n\nÀ bientôt,\n%p",
	"Bonsoir,\n\nUn grand merci pour votre intervention, les élèves en parlent encore !\n\n%p",
	"Bonjour,\n\nEst-il possible de vous emprunter du matériel pour une animation %v le mois prochain ?\n\nMerci d'avance,\n%p",
};

static const char *const REPORT_REASONS[] = { "Contenu publicitaire",
	"Informations erronées", "Propos déplacés",
	"Doublon d'une autre publication", "Lien d'inscription cassé",
	"Hors sujet pour ce territoire" };

static const char *const BIO_PERSON[] = {
	"%J %v. Passionné%e par %s, j'anime régulièrement des ateliers pour le grand public.",
	"%J. Installé%e %v depuis %n ans, je partage ici mes coups de cœur scientifiques.",
	"Curiosité, rigueur et bonne humeur : je suis %j et je m'intéresse surtout %a.",
	"Je suis %j et je contribue à Échosciences pour faire connaître les initiatives %k.",
	"%J. J'aime raconter la science autrement, avec des mots simples et beaucoup d'images.",
	"%J, toujours partant%e pour une sortie de terrain %L.",
};
static const char *const BIO_INST[] = {
	"Compte officiel %O. Retrouvez ici nos actualités, nos événements et nos ressources.",
	"Depuis %n ans, l'équipe %O fait vivre la culture scientifique %t : expositions, ateliers, conférences et projets participatifs.",
	"Nous accueillons le public toute l'année %v autour %d.",
};
static const char *const BIO_COMPANY[] = {
	"%o conçoit des solutions innovantes dans le domaine %d.",
	"Entreprise installée %v, %o s'engage pour le partage de la culture scientifique et technique.",
	"Start-up issue de la recherche publique, nous travaillons sur %s et ouvrons régulièrement nos portes au public.",
};
static const char *const DESC_MUSEUM[] = {
	"Rendez-vous incontournable de la culture scientifique %k, %q accueille chaque année plus de %N visiteurs.",
	"Expositions permanentes et temporaires, ateliers et visites guidées autour %d, pour tous les publics.",
	"Ouvert toute l'année %v, avec une programmation pour les familles, les scolaires et les curieux de tout âge.",
};
static const char *const DESC_LAB[] = {
	"Recherche, formation et partage des savoirs : nos équipes ouvrent régulièrement leurs portes au public.",
	"Unité de recherche implantée %v. Nos chercheuses et chercheurs participent chaque année à la Fête de la science.",
	"Nos travaux portent notamment sur %s ; nous accueillons stagiaires, classes et visiteurs sur rendez-vous.",
};
static const char *const DESC_ASSO[] = {
	"Une équipe de passionnés qui fait vivre la culture scientifique %t depuis %n ans.",
	"Association loi 1901 : sorties, ateliers et conférences autour %d, ouverts à toutes et à tous.",
	"Nous organisons des animations gratuites %v et alentour, avec une centaine de bénévoles.",
};
static const char *const DESC_COMPANY[] = {
	"Entreprise innovante installée %v, engagée dans le partage de la culture scientifique et technique.",
	"Nous concevons des solutions dans le domaine %d et ouvrons nos ateliers au public plusieurs fois par an.",
};
static const char *const DESC_LIBRARY[] = {
	"Un fonds documentaire riche en sciences, des rencontres avec des auteurs et des ateliers pour les enfants.",
	"La médiathèque propose toute l'année des expositions, des clubs de lecture et des ateliers numériques.",
};
static const char *const DESC_SCHOOL[] = {
	"Nos élèves et nos enseignants participent chaque année à des projets de culture scientifique %t.",
	"Établissement d'enseignement %v, partenaire de nombreux projets autour %d.",
};
static const char *const DESC_OTHER[] = {
	"Un lieu ouvert sur le territoire, qui accueille régulièrement des animations scientifiques.",
	"Sorties nature, ateliers et rencontres %L, pour découvrir le territoire autrement.",
};
static const list_t DESC_STRUCT[] = { L(DESC_MUSEUM), L(DESC_LAB),
	L(DESC_ASSO), L(DESC_COMPANY), L(DESC_LIBRARY), L(DESC_SCHOOL),
	L(DESC_OTHER) };
static const char *const DESC_PLACE_VISIT[] = {
	"Lieu ouvert au public %v, idéal pour une sortie en famille autour %d.",
	"Ouvert du mardi au dimanche, de 10 h à 18 h. Visites guidées sur réservation.",
	"Un lieu de découverte incontournable, au départ de nombreuses balades %L.",
};
static const char *const DESC_PLACE[] = {
	"Salle pouvant accueillir %n0 personnes, accessible aux personnes à mobilité réduite.",
	"Lieu culturel au cœur %k, accessible en transports en commun.",
	"Espace de rencontre convivial, régulièrement utilisé pour des conférences et des ateliers.",
};
static const struct {
	const char *tpl;
	int theme;
} COMMUNITIES[] = {
	{ "Astronomes amateurs %k", 6 }, { "Naturalistes %k", 1 },
	{ "Makers et fablabs %t", 12 },
	{ "Enseignants et culture scientifique %t", 0 },
	{ "Collectif climat %k", 10 }, { "Les matheux %k", 8 },
	{ "Santé et société %t", 5 }, { "Patrimoine scientifique %t", 4 },
	{ "Numérique en questions %t", 2 }, { "Énergie citoyenne %k", 11 },
	{ "Chimistes curieux %k", 7 }, { "Observateurs des oiseaux %k", 1 },
	{ "Sciences et société %t", 9 }, { "Médiateurs scientifiques %t", 0 },
	{ "Géologues amateurs %k", 10 },
	{ "Jardiniers de la biodiversité %k", 3 },
};
static const char *const DESC_COMMUNITY[] = {
	"Un espace d'échange pour partager observations, questions et bons plans autour %d %t.",
	"Ici, amateurs et professionnels se retrouvent pour organiser des sorties, des ateliers et des rencontres autour %d.",
	"Rejoignez-nous pour échanger autour %d et monter des projets ensemble %k et alentour.",
};

/* ------------------------------------------------------------------ */
/* Template expansion.                                                 */

typedef struct {
	const char *subj, *angle, *local, *city, *terr_in, *person, *job;
	const char *org, *org_art, *place, *place_art, *theme, *date_fr;
	const char *deadline_fr, *audience, *price, *url, *acronym, *field;
	const char *famous, *pnr, *nickname;
	int fem, year;
} ctx_t;

#define NZ(s) ((s) != NULL ? (s) : "")

/*
 * Codes: %s subject, %S capitalised, %d "de"+subject, %a "à"+subject;
 * %A angle (may be empty), %L local place phrase; %c city, %k "de"+city,
 * %v "à"+city, %V capitalised; %t territory ("en Bretagne"); %p person,
 * %j job, %J capitalised, %e feminine "e"; %o organisation, %O
 * "de"+organisation, %q organisation with its article, %w "à"+organisation;
 * %l place name, %P "à"+place (or "en ligne"); %T theme; %D event date,
 * %X deadline; %g audience, %r price; %u URL; %K acronym; %f field,
 * %F "de"+field, %h famous person, %H regional park, %i nickname;
 * %n small number, %N large number, %y year.
 */
static void
expand(sb_t *o, const char *t, const ctx_t *c, rng_t *r)
{
	while (*t) {
		const char *pct = strchr(t, '%');
		size_t mark;

		if (pct == NULL) {
			sb_puts(o, t);
			return;
		}
		sb_putn(o, t, (size_t)(pct - t));
		t = pct + 1;
		mark = o->len;
		switch (*t) {
		case 's': sb_puts(o, NZ(c->subj)); break;
		case 'S': sb_puts(o, NZ(c->subj)); cap_at(o, mark); break;
		case 'd': sb_de(o, NZ(c->subj)); break;
		case 'a': sb_a(o, NZ(c->subj)); break;
		case 'A':
			if (c->angle == NULL || c->angle[0] == '\0') {
				if (o->len > 0 && o->p[o->len - 1] == ' ')
					o->p[--o->len] = '\0';
			} else
				sb_puts(o, c->angle);
			break;
		case 'L': sb_puts(o, NZ(c->local)); break;
		case 'c': sb_puts(o, NZ(c->city)); break;
		case 'k': sb_de(o, NZ(c->city)); break;
		case 'v': sb_a(o, NZ(c->city)); break;
		case 'V': sb_a(o, NZ(c->city)); cap_at(o, mark); break;
		case 't': sb_puts(o, NZ(c->terr_in)); break;
		case 'p': sb_puts(o, NZ(c->person)); break;
		case 'j': sb_puts(o, NZ(c->job)); break;
		case 'J': sb_puts(o, NZ(c->job)); cap_at(o, mark); break;
		case 'e': if (c->fem) sb_putc(o, 'e'); break;
		case 'o': sb_puts(o, NZ(c->org)); break;
		case 'O': sb_de(o, NZ(c->org_art)); break;
		case 'q': sb_puts(o, NZ(c->org_art)); break;
		case 'w': sb_a(o, NZ(c->org_art)); break;
		case 'l': sb_puts(o, NZ(c->place)); break;
		case 'P':
			if (c->place_art != NULL)
				sb_a(o, c->place_art);
			else
				sb_puts(o, "en ligne");
			break;
		case 'T': sb_puts(o, NZ(c->theme)); break;
		case 'D': sb_puts(o, NZ(c->date_fr)); break;
		case 'X': sb_puts(o, NZ(c->deadline_fr)); break;
		case 'g': sb_puts(o, NZ(c->audience)); break;
		case 'r': sb_puts(o, NZ(c->price)); break;
		case 'u': sb_puts(o, NZ(c->url)); break;
		case 'K': sb_puts(o, NZ(c->acronym)); break;
		case 'f': sb_puts(o, NZ(c->field)); break;
		case 'F': sb_de(o, NZ(c->field)); break;
		case 'h': sb_puts(o, NZ(c->famous)); break;
		case 'H': sb_puts(o, NZ(c->pnr)); break;
		case 'i': sb_puts(o, NZ(c->nickname)); break;
		case 'n': sb_u64(o, 3 + rng_below(r, 10)); break;
		case 'N': sb_u64(o, (uint64_t)(12 + rng_below(r, 480)) * 10);
			break;
		case 'y': sb_u64(o, (uint64_t)c->year); break;
		case '%': sb_putc(o, '%'); break;
		default: die("bad template");
		}
		t++;
	}
}

/* ------------------------------------------------------------------ */
/* Output: one batch (multi-row INSERT) per table.                     */

typedef struct {
	const char *table;
	const char *head;
	sb_t buf;
	uint32_t rows;
	uint64_t total;
} batch_t;

enum { B_TAGS, B_MEMBERS, B_MEMBER_THEMES, B_PLACES, B_STRUCTURES,
	B_STRUCTURE_EDITORS, B_COMMUNITIES, B_COMMUNITY_MEMBERS,
	B_CONTRIBUTIONS, B_CT, B_CTAGS, B_EVENTS, B_TIMINGS, B_ANNONCES,
	B_DOSSIER_ITEMS, B_FEATURED, B_COMMENTS, B_LIKES, B_FOLLOWS,
	B_MESSAGES, B_REPORTS, B_VISITS, B_COUNT };

static batch_t batches[B_COUNT] = {
	{ "tags", "INSERT INTO tags (id,slug,name) VALUES\n", { 0 }, 0, 0 },
	{ "members", "INSERT INTO members (id,kind,display_name,slug,email,"
	  "password_hash,home_territory_id,bio,website,avatar_url,status,"
	  "created_at,updated_at,confirmed_at) VALUES\n", { 0 }, 0, 0 },
	{ "member_themes", "INSERT INTO member_themes (member_id,theme_id) "
	  "VALUES\n", { 0 }, 0, 0 },
	{ "places", "INSERT INTO places (id,territory_id,name,slug,address,"
	  "postcode,city,latitude,longitude,description,is_visit,created_at,"
	  "updated_at) VALUES\n", { 0 }, 0, 0 },
	{ "structures", "INSERT INTO structures (id,territory_id,kind,name,"
	  "slug,description,website,logo_url,place_id,created_by,status,"
	  "created_at,updated_at) VALUES\n", { 0 }, 0, 0 },
	{ "structure_editors", "INSERT INTO structure_editors (structure_id,"
	  "member_id) VALUES\n", { 0 }, 0, 0 },
	{ "communities", "INSERT INTO communities (id,territory_id,name,slug,"
	  "description,theme_id,created_by,created_at,updated_at) VALUES\n",
	  { 0 }, 0, 0 },
	{ "community_members", "INSERT INTO community_members (community_id,"
	  "member_id,role,joined_at) VALUES\n", { 0 }, 0, 0 },
	{ "contributions", "INSERT INTO contributions (id,kind,territory_id,"
	  "author_id,structure_id,theme_id,title,slug,summary,body,image_url,"
	  "image_alt,status,views,published_at,created_at,updated_at) VALUES\n",
	  { 0 }, 0, 0 },
	{ "contribution_territories", "INSERT INTO contribution_territories "
	  "(contribution_id,territory_id,kind,published_at) VALUES\n",
	  { 0 }, 0, 0 },
	{ "contribution_tags", "INSERT INTO contribution_tags (contribution_id,"
	  "tag_id) VALUES\n", { 0 }, 0, 0 },
	{ "events", "INSERT INTO events (contribution_id,place_id,audience,"
	  "price,registration_url,event_status,attendance_mode) VALUES\n",
	  { 0 }, 0, 0 },
	{ "event_timings", "INSERT INTO event_timings (id,contribution_id,"
	  "begins_at,ends_at) VALUES\n", { 0 }, 0, 0 },
	{ "annonces", "INSERT INTO annonces (contribution_id,annonce_kind,"
	  "deadline) VALUES\n", { 0 }, 0, 0 },
	{ "dossier_items", "INSERT INTO dossier_items (dossier_id,"
	  "contribution_id,position) VALUES\n", { 0 }, 0, 0 },
	{ "featured", "INSERT INTO featured (territory_id,contribution_id,"
	  "position) VALUES\n", { 0 }, 0, 0 },
	{ "comments", "INSERT INTO comments (id,contribution_id,member_id,"
	  "parent_id,body,status,created_at,updated_at) VALUES\n", { 0 }, 0,
	  0 },
	{ "likes", "INSERT INTO likes (member_id,contribution_id,created_at) "
	  "VALUES\n", { 0 }, 0, 0 },
	{ "follows", "INSERT INTO follows (follower_id,followed_kind,"
	  "followed_id,created_at) VALUES\n", { 0 }, 0, 0 },
	{ "messages", "INSERT INTO messages (id,sender_id,recipient_id,subject,"
	  "body,created_at,read_at) VALUES\n", { 0 }, 0, 0 },
	{ "reports", "INSERT INTO reports (id,reporter_id,territory_id,"
	  "target_kind,target_id,reason,status,handled_by,created_at,"
	  "handled_at) VALUES\n", { 0 }, 0, 0 },
	{ "visits", "INSERT INTO visits (territory_id,day,page_views) VALUES\n",
	  { 0 }, 0, 0 },
};

static void
out_write(const char *p, size_t n)
{
	if (n > 0 && fwrite(p, 1, n, stdout) != n)
		die("write error on standard output");
}

static void
out_puts(const char *s)
{
	out_write(s, strlen(s));
}

static void
batch_flush(batch_t *b)
{
	if (b->rows == 0)
		return;
	sb_putn(&b->buf, ";\n", 2);
	out_write(b->buf.p, b->buf.len);
	sb_reset(&b->buf);
	b->rows = 0;
}

/*
 * One row: fmt is copied, with %u (unsigned), %U (unsigned, 0 = NULL),
 * %s (string, NULL = NULL), %t (int64_t time), %T (NO_TIME = NULL),
 * %d (int64_t date), %D (nullable date), %b (int as TRUE/FALSE),
 * %g (int micro-degrees as a decimal).
 */
static void
row(int which, const char *fmt, ...)
{
	batch_t *b = &batches[which];
	sb_t *s = &b->buf;
	va_list ap;
	char tmp[24];

	if (b->rows == 0)
		sb_puts(s, b->head);
	else
		sb_putn(s, ",\n", 2);
	sb_putc(s, '(');
	va_start(ap, fmt);
	for (; *fmt; fmt++) {
		if (*fmt != '%') {
			sb_putc(s, *fmt);
			continue;
		}
		switch (*++fmt) {
		case 'u':
			sb_u64(s, va_arg(ap, unsigned));
			break;
		case 'U': {
			unsigned v = va_arg(ap, unsigned);

			if (v)
				sb_u64(s, v);
			else
				sb_puts(s, "NULL");
			break;
		}
		case 's': {
			const char *v = va_arg(ap, const char *);

			if (v)
				sb_sqlstr(s, v);
			else
				sb_puts(s, "NULL");
			break;
		}
		case 't':
		case 'T': {
			int64_t v = va_arg(ap, int64_t);

			if (v == NO_TIME) {
				sb_puts(s, "NULL");
				break;
			}
			tmp[0] = '\'';
			fmt_datetime(tmp + 1, v);
			tmp[20] = '\'';
			sb_putn(s, tmp, 21);
			break;
		}
		case 'd':
		case 'D': {
			int64_t v = va_arg(ap, int64_t);

			if (v == NO_TIME) {
				sb_puts(s, "NULL");
				break;
			}
			tmp[0] = '\'';
			fmt_date(tmp + 1, v);
			tmp[11] = '\'';
			sb_putn(s, tmp, 12);
			break;
		}
		case 'b':
			sb_puts(s, va_arg(ap, int) ? "TRUE" : "FALSE");
			break;
		case 'g': {
			int v = va_arg(ap, int);
			unsigned a = (unsigned)(v < 0 ? -v : v);

			snprintf(tmp, sizeof(tmp), "%s%u.%06u", v < 0 ? "-" : "",
			    a / 1000000, a % 1000000);
			sb_puts(s, tmp);
			break;
		}
		default:
			die("bad row format");
		}
	}
	va_end(ap);
	sb_putc(s, ')');
	b->rows++;
	b->total++;
	if (b->rows >= BATCH_ROWS || s->len >= BATCH_BYTES)
		batch_flush(b);
}

/* ------------------------------------------------------------------ */
/* Progress on stderr.                                                 */

static int opt_quiet, is_tty;
static const char *prog_label;
static int prog_last = -1;

static void
progress(const char *label, uint64_t done, uint64_t total)
{
	int pct;

	if (opt_quiet)
		return;
	pct = total ? (int)(done * 100 / total) : 100;
	if (label != prog_label) {
		prog_label = label;
		prog_last = -1;
	}
	if (is_tty) {
		if (pct == prog_last && done != total)
			return;
		prog_last = pct;
		fprintf(stderr, "\r%-14s %llu/%llu (%d%%)%s", label,
		    (unsigned long long)done, (unsigned long long)total, pct,
		    done == total ? "\n" : "");
	} else {
		if (pct / 10 == prog_last / 10 && prog_last >= 0)
			return;
		if (pct < 10 && done != total)
			return;
		prog_last = pct;
		fprintf(stderr, "%s %llu/%llu (%d%%)\n", label,
		    (unsigned long long)done, (unsigned long long)total, pct);
	}
}

/* ------------------------------------------------------------------ */
/* Generation state.                                                   */

static uint64_t opt_seed = 42;
static uint32_t opt_members = 300, opt_contributions = 1500;
static int64_t now_ts;		/* --now at 00:00 UTC */
static int64_t members_start;	/* now - 3 years */

typedef struct {
	uint32_t *v;
	uint32_t n, cap;
} idlist_t;

static void
idl_push(idlist_t *l, uint32_t id)
{
	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 64;
		l->v = realloc(l->v, l->cap * sizeof(*l->v));
		if (l->v == NULL)
			die("out of memory");
	}
	l->v[l->n++] = id;
}

/* Members: ids 1..N, created_at non-decreasing with the id. */
static int64_t *m_created;
static uint8_t *m_terr;
static idlist_t tm_all[14], tm_contrib[14], g_contrib;

/* Structures: ids 1..S, created_at non-decreasing with the id. */
typedef struct {
	char *name, *art;	/* art: name with its article */
	int64_t created;
	uint32_t ed[3];
	uint8_t ned, terr, city;
} structure_t;
static structure_t *st;
static uint32_t nstructures;
static int64_t *s_created;
static idlist_t ts_all[14];

/* Places, contiguous per territory. */
typedef struct {
	char *name, *art;
	uint8_t terr, city;
} place_t;
static place_t *pl;
static uint32_t nplaces, place_first[14], place_count[14];

static uint32_t ncommunities;

/* Number of list entries whose time is <= t (times indexed by id). */
static uint32_t
prefix_n(const idlist_t *l, const int64_t *times, int64_t t)
{
	uint32_t lo = 0, hi = l->n;

	while (lo < hi) {
		uint32_t mid = lo + (hi - lo) / 2;

		if (times[l->v[mid]] <= t)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Number of ids 1..n whose time is <= t. */
static uint32_t
prefix_ids(const int64_t *times, uint32_t n, int64_t t)
{
	uint32_t lo = 0, hi = n;

	while (lo < hi) {
		uint32_t mid = lo + (hi - lo) / 2;

		if (times[mid + 1] <= t)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* A member existing at time t, preferably of territory terr. */
static uint32_t
member_at(rng_t *r, unsigned terr, int64_t t, int contributors)
{
	const idlist_t *l = contributors ? &tm_contrib[terr] : &tm_all[terr];
	uint32_t k = terr ? prefix_n(l, m_created, t) : 0;

	if (k > 0)
		return l->v[rng_below(r, k)];
	if (contributors) {
		k = prefix_n(&g_contrib, m_created, t);
		if (k > 0)
			return g_contrib.v[rng_below(r, k)];
	}
	k = prefix_ids(m_created, opt_members, t);
	return k > 0 ? 1 + rng_below(r, k) : 1;
}

/* Time in [lo, hi), never below lo. */
static int64_t
time_between(rng_t *r, int64_t lo, int64_t hi)
{
	return rng_range(r, lo, hi);
}

static void
person_name(rng_t *r, sb_t *o, int *fem)
{
	*fem = (int)rng_below(r, 2);
	sb_puts(o, *fem ? PICK(r, FIRST_F) : PICK(r, FIRST_M));
	sb_putc(o, ' ');
	sb_puts(o, PICK(r, LAST));
}

static void
base_ctx(ctx_t *c, rng_t *r, unsigned terr, unsigned city)
{
	unsigned th = 1 + rng_below(r, 12);

	memset(c, 0, sizeof(*c));
	c->subj = lpick(r, &SUBJECTS[th]);
	c->theme = THEME_NAMES[th];
	c->city = TERR[terr].cities[city].name;
	c->terr_in = TERR[terr].in;
	c->local = TERR[terr].local[rng_below(r, 4)];
	c->field = PICK(r, FIELDS);
	c->famous = PICK(r, FAMOUS);
	c->pnr = TERR[terr].pnr;
	c->nickname = PICK(r, NICKNAMES);
	c->year = year_of(now_ts);
}

/* Name (and name with article) of an organisation of the given kind. */
static void
org_name(rng_t *r, sb_t *name, sb_t *art, int kind, const ctx_t *c)
{
	sb_reset(name);
	if (kind == SK_COMPANY) {
		sb_puts(name, PICK(r, CO_ROOT));
		sb_puts(name, PICK(r, CO_SUFFIX));
		sb_puts(name, PICK(r, CO_TAIL));
	} else
		expand(name, lpick(r, &SN_LISTS[kind]), c, r);
	sb_reset(art);
	sb_puts(art, article_for(name->p));
	sb_puts(art, name->p);
}

/* ------------------------------------------------------------------ */
/* Tags.                                                               */

static void
gen_tags(void)
{
	unsigned i;

	for (i = 0; i < NELEM(TAGS); i++) {
		int th = TAGS[i].theme;

		row(B_TAGS, "%u,%s,%s", i + 1, TAGS[i].slug, TAGS[i].name);
		if (th > 0 && ntags_by_theme[th] < 16)
			tags_by_theme[th][ntags_by_theme[th]++] = i + 1;
	}
}

/* ------------------------------------------------------------------ */
/* Members.                                                            */

static int
cmp_u32(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;

	return (x > y) - (x < y);
}

static void
gen_members(void)
{
	rng_t r = rng_stream(opt_seed, 1);
	uniq_t slugs = { { 0 }, { 0 }, "-" };
	sb_t name = { 0 }, art = { 0 }, slug = { 0 }, email = { 0 };
	sb_t bio = { 0 }, web = { 0 }, person = { 0 };
	int64_t span = now_ts - members_start;
	uint32_t i, n = opt_members;

	m_created = xcalloc((size_t)n + 1, sizeof(*m_created));
	m_terr = xcalloc((size_t)n + 1, sizeof(*m_terr));
	for (i = 0; i < n; i++) {
		uint32_t id = i + 1;
		unsigned terr = i < 12 ? 2 + i : pick_terr(&r);
		unsigned city = pick_city(&r, terr);
		uint32_t k = rng_below(&r, 100);
		int kind = k < 85 ? 0 : k < 95 ? 1 : 2;
		int fem = 0, contributor;
		int64_t created, updated, confirmed;
		ctx_t c;
		double u = rng_unit(&r);

		/* Growth: the density of sign-ups increases linearly. */
		created = i == 0 ? members_start : members_start +
		    (int64_t)((double)span * sqrt(((double)i + u) / n));
		if (created >= now_ts)
			created = now_ts - 1;
		m_created[id] = created;
		m_terr[id] = (uint8_t)terr;

		base_ctx(&c, &r, terr, city);
		sb_reset(&name);
		sb_reset(&bio);
		sb_reset(&web);
		if (kind == 0) {
			unsigned j = rng_below(&r, (uint32_t)NELEM(JOBS));

			person_name(&r, &name, &fem);
			c.fem = fem;
			c.job = JOBS[j][fem ? 0 : 1];
			if (rng_pct(&r, 85))
				expand(&bio, PICK(&r, BIO_PERSON), &c, &r);
		} else {
			static const int ikinds[] = { SK_MUSEUM, SK_LAB, SK_LAB,
				SK_ASSO, SK_ASSO, SK_LIBRARY, SK_SCHOOL,
				SK_OTHER };
			int sk = kind == 2 ? SK_COMPANY : PICK(&r, ikinds);

			org_name(&r, &name, &art, sk, &c);
			c.org = name.p;
			c.org_art = art.p;
			expand(&bio, kind == 2 ? PICK(&r, BIO_COMPANY) :
			    PICK(&r, BIO_INST), &c, &r);
		}
		utf8_trunc(&name, 100);
		sb_reset(&slug);
		slugify(&slug, name.p, 100);
		sb_reset(&email);
		if (rng_pct(&r, 90)) {
			size_t j, from;

			from = email.len;
			sb_putn(&email, slug.p, slug.len < 40 ? slug.len : 40);
			for (j = from; j < email.len; j++)
				if (email.p[j] == '-')
					email.p[j] = '.';
			while (email.len > 0 && email.p[email.len - 1] == '.')
				email.p[--email.len] = '\0';
			sb_putc(&email, '.');
			sb_u64(&email, id);
			sb_puts(&email, "@example.org");
		}
		uniq_make(&slugs, &slug, 0, 100);
		if (kind != 0) {
			sb_puts(&web, "https://example.org/");
			sb_puts(&web, slug.p);
		}
		updated = rng_pct(&r, 40) ? time_between(&r, created,
		    created + (now_ts - created) / 2 + 1) : created;
		confirmed = created + 60 + rng_range(&r, 0, 2 * 3600);
		if (confirmed >= now_ts)
			confirmed = created;
		if (updated < confirmed)
			updated = confirmed;

		row(B_MEMBERS, "%u,%s,%s,%s,%s,NULL,%u,%s,%s,NULL,'active',%t,%t,%t",
		    id, kind == 0 ? "person" : kind == 1 ? "institution" :
		    "company", name.p, slug.p, email.len ? email.p : NULL,
		    terr, bio.len ? bio.p : NULL, web.len ? web.p : NULL,
		    created, updated, confirmed);

		/* Themes of interest. */
		if (kind != 0 || rng_pct(&r, 60)) {
			uint32_t th[3];
			unsigned nt = 1 + rng_below(&r, 3), j, m = 0;

			for (j = 0; j < nt; j++) {
				uint32_t t = 1 + rng_below(&r, 12), x;

				for (x = 0; x < m && th[x] != t; x++)
					;
				if (x == m)
					th[m++] = t;
			}
			qsort(th, m, sizeof(th[0]), cmp_u32);
			for (j = 0; j < m; j++)
				row(B_MEMBER_THEMES, "%u,%u", id, th[j]);
		}

		contributor = i == 0 || kind != 0 || rng_pct(&r, 20);
		idl_push(&tm_all[terr], id);
		if (contributor) {
			idl_push(&tm_contrib[terr], id);
			idl_push(&g_contrib, id);
		}
		progress("members", id, n);
	}
	uniq_free(&slugs);
	sb_free(&name);
	sb_free(&art);
	sb_free(&slug);
	sb_free(&email);
	sb_free(&bio);
	sb_free(&web);
	sb_free(&person);
}

/* ------------------------------------------------------------------ */
/* Places and structures.                                              */

static void
gen_places_structures(void)
{
	rng_t r = rng_stream(opt_seed, 2);
	uniq_t pslugs = { { 0 }, { 0 }, "-" }, sslugs = { { 0 }, { 0 }, "-" };
	uniq_t pnames = { { 0 }, { 0 }, " " }, snames = { { 0 }, { 0 }, " " };
	sb_t name = { 0 }, art = { 0 }, slug = { 0 }, addr = { 0 };
	sb_t desc = { 0 }, web = { 0 };
	uint32_t S = opt_members / 10 < 20 ? 20 : opt_members / 10;
	uint8_t *sterr = xmalloc(S);
	uint32_t sper[14] = { 0 };
	uint32_t i, id;
	unsigned t;

	/* Territories of the structures first: places depend on them. */
	for (i = 0; i < S; i++) {
		sterr[i] = (uint8_t)(i < 24 ? 2 + i % 12 : pick_terr(&r));
		sper[sterr[i]]++;
	}

	/* Places: ~4 per 10 structures, at least 8 per territory. */
	for (t = 2; t <= 13; t++) {
		uint32_t n = (sper[t] * 4 + 9) / 10;

		place_count[t] = n < 8 ? 8 : n;
		place_first[t] = nplaces + 1;
		nplaces += place_count[t];
	}
	pl = xcalloc((size_t)nplaces + 1, sizeof(*pl));
	id = 0;
	for (t = 2; t <= 13; t++) {
		for (i = 0; i < place_count[t]; i++) {
			unsigned city = i < TERR[t].ncities ? i :
			    pick_city(&r, t);
			const city_t *cy = &TERR[t].cities[city];
			unsigned tries, k = 0;
			int32_t lat, lon;
			int64_t created;
			ctx_t c;

			id++;
			base_ctx(&c, &r, t, city);
			/* Avoid two places of the same name in a territory. */
			for (tries = 0; tries < 8; tries++) {
				k = rng_below(&r, (uint32_t)NELEM(PLACES));
				c.famous = PICK(&r, FAMOUS);
				c.nickname = PICK(&r, NICKNAMES);
				sb_reset(&name);
				expand(&name, PLACES[k].tpl, &c, &r);
				if (hmap_slot(&pnames.used,
				    hash_str(name.p, t), 0) == NULL)
					break;
			}
			*hmap_slot(&pnames.used, hash_str(name.p, t), 1) = 1;
			pl[id].name = xstrdup(name.p);
			sb_reset(&art);
			sb_puts(&art, article_for(name.p));
			sb_puts(&art, name.p);
			pl[id].art = xstrdup(art.p);
			pl[id].terr = (uint8_t)t;
			pl[id].city = (uint8_t)city;

			sb_reset(&slug);
			slugify(&slug, name.p, 150);
			uniq_make(&pslugs, &slug, 0, 160);
			sb_reset(&addr);
			if (rng_pct(&r, 85)) {
				sb_u64(&addr, 1 + rng_below(&r, 120));
				if (rng_pct(&r, 8))
					sb_puts(&addr, " bis");
				sb_putc(&addr, ' ');
			}
			sb_puts(&addr, PICK(&r, STREET_TYPES));
			sb_putc(&addr, ' ');
			sb_puts(&addr, PICK(&r, STREETS));
			lat = cy->lat + (int32_t)rng_below(&r, 24001) - 12000;
			lon = cy->lon + (int32_t)rng_below(&r, 34001) - 17000;
			sb_reset(&desc);
			expand(&desc, PLACES[k].visit ? PICK(&r, DESC_PLACE_VISIT) :
			    PICK(&r, DESC_PLACE), &c, &r);
			created = time_between(&r, members_start,
			    members_start + 365 * (int64_t)DAY);
			row(B_PLACES, "%u,%u,%s,%s,%s,%s,%s,%g,%g,%s,%b,%t,%t",
			    id, t, name.p, slug.p, addr.p, cy->zip, cy->name,
			    (int)lat, (int)lon, desc.p, PLACES[k].visit, created,
			    created);
		}
	}

	/* Structures: created_at non-decreasing with the id, by a creator
	 * who existed then. */
	nstructures = S;
	st = xcalloc((size_t)S + 1, sizeof(*st));
	s_created = xcalloc((size_t)S + 1, sizeof(*s_created));
	for (i = 0; i < S; i++) {
		static const int kinds[] = { SK_MUSEUM, SK_MUSEUM, SK_MUSEUM,
			SK_LAB, SK_LAB, SK_LAB, SK_LAB, SK_LAB, SK_ASSO,
			SK_ASSO, SK_ASSO, SK_ASSO, SK_ASSO, SK_ASSO,
			SK_COMPANY, SK_COMPANY, SK_COMPANY, SK_LIBRARY,
			SK_LIBRARY, SK_SCHOOL, SK_SCHOOL, SK_SCHOOL, SK_OTHER };
		structure_t *s;
		unsigned city, tries;
		uint32_t place = 0, creator, j;
		int kind = PICK(&r, kinds);
		double u = rng_unit(&r);
		int64_t created, updated;
		ctx_t c;

		id = i + 1;
		s = &st[id];
		t = sterr[i];
		if (rng_pct(&r, 85))
			place = place_first[t] + rng_below(&r, place_count[t]);
		city = place ? pl[place].city : pick_city(&r, t);
		created = members_start + (int64_t)((double)(now_ts -
		    members_start) * sqrt(((double)i + u) / S));
		if (created >= now_ts)
			created = now_ts - 1;
		for (tries = 0; tries < 8; tries++) {
			base_ctx(&c, &r, t, city);
			org_name(&r, &name, &art, kind, &c);
			if (hmap_slot(&snames.used, hash_str(name.p, 0), 0) ==
			    NULL)
				break;
		}
		utf8_trunc(&name, 150);
		uniq_make(&snames, &name, 0, 160);
		sb_reset(&art);
		sb_puts(&art, article_for(name.p));
		sb_puts(&art, name.p);
		s->name = xstrdup(name.p);
		s->art = xstrdup(art.p);
		s->terr = (uint8_t)t;
		s->city = (uint8_t)city;
		s->created = created;
		s_created[id] = created;

		creator = member_at(&r, t, created, 0);
		s->ed[s->ned++] = creator;
		for (j = rng_below(&r, 3); j > 0; j--) {
			uint32_t e = member_at(&r, t, created, 0), x;

			for (x = 0; x < s->ned && s->ed[x] != e; x++)
				;
			if (x == s->ned)
				s->ed[s->ned++] = e;
		}

		sb_reset(&slug);
		slugify(&slug, name.p, 150);
		uniq_make(&sslugs, &slug, 0, 160);
		c.org = s->name;
		c.org_art = s->art;
		sb_reset(&desc);
		expand(&desc, lpick(&r, &DESC_STRUCT[kind]), &c, &r);
		sb_reset(&web);
		if (rng_pct(&r, 70)) {
			sb_puts(&web, "https://example.org/");
			sb_puts(&web, slug.p);
		}
		updated = rng_pct(&r, 30) ? time_between(&r, created, now_ts) :
		    created;
		row(B_STRUCTURES, "%u,%u,%s,%s,%s,%s,%s,NULL,%U,%u,'active',%t,%t",
		    id, t, SK_NAMES[kind], s->name, slug.p, desc.p,
		    web.len ? web.p : NULL, place, creator, created, updated);
		{
			uint32_t ed[3];

			memcpy(ed, s->ed, s->ned * sizeof(ed[0]));
			qsort(ed, s->ned, sizeof(ed[0]), cmp_u32);
			for (j = 0; j < s->ned; j++)
				row(B_STRUCTURE_EDITORS, "%u,%u", id, ed[j]);
		}
		idl_push(&ts_all[t], id);
		progress("structures", id, S);
	}
	free(sterr);
	uniq_free(&pslugs);
	uniq_free(&sslugs);
	uniq_free(&pnames);
	uniq_free(&snames);
	sb_free(&name);
	sb_free(&art);
	sb_free(&slug);
	sb_free(&addr);
	sb_free(&desc);
	sb_free(&web);
}

/* ------------------------------------------------------------------ */
/* Communities.                                                        */

static void
gen_communities(void)
{
	rng_t r = rng_stream(opt_seed, 3);
	uniq_t slugs = { { 0 }, { 0 }, "-" };
	sb_t name = { 0 }, slug = { 0 }, desc = { 0 };
	uint32_t id = 0;
	unsigned t;

	for (t = 2; t <= 13; t++) {
		unsigned used[3], nu = 0, j;

		while (nu < 3) {
			unsigned k = rng_below(&r, (uint32_t)NELEM(COMMUNITIES));

			for (j = 0; j < nu && used[j] != k; j++)
				;
			if (j == nu)
				used[nu++] = k;
		}
		for (j = 0; j < 3; j++) {
			unsigned k = used[j];
			int th = COMMUNITIES[k].theme;
			int64_t created = time_between(&r, members_start +
			    60 * (int64_t)DAY, now_ts - 30 * (int64_t)DAY);
			uint32_t creator = member_at(&r, t, created, 0);
			uint32_t members[64], nm = 0, want, avail, x;
			ctx_t c;

			if (m_created[creator] > created)
				created = m_created[creator];
			id++;
			base_ctx(&c, &r, t, pick_city(&r, t));
			if (th > 0)
				c.subj = lpick(&r, &SUBJECTS[th]);
			sb_reset(&name);
			expand(&name, COMMUNITIES[k].tpl, &c, &r);
			sb_reset(&slug);
			slugify(&slug, name.p, 150);
			uniq_make(&slugs, &slug, 0, 160);
			sb_reset(&desc);
			expand(&desc, PICK(&r, DESC_COMMUNITY), &c, &r);
			row(B_COMMUNITIES, "%u,%u,%s,%s,%s,%U,%u,%t,%t", id, t,
			    name.p, slug.p, desc.p, (unsigned)th, creator,
			    created, created);

			/* The creator animates; a few others join. */
			members[nm++] = creator;
			avail = tm_all[t].n;
			want = 2 + rng_below(&r, 10 + avail / 200);
			if (want > 60)
				want = 60;
			for (x = 0; x < want * 2 && nm < want + 1 && avail > 0;
			    x++) {
				uint32_t m = tm_all[t].v[rng_below(&r, avail)];
				uint32_t y;

				for (y = 0; y < nm && members[y] != m; y++)
					;
				if (y == nm)
					members[nm++] = m;
			}
			qsort(members, nm, sizeof(members[0]), cmp_u32);
			for (x = 0; x < nm; x++) {
				uint32_t m = members[x];
				int64_t from = m_created[m] > created ?
				    m_created[m] : created;
				int64_t joined = m == creator ? created :
				    time_between(&r, from, now_ts);

				row(B_COMMUNITY_MEMBERS, "%u,%u,%s,%t", id, m,
				    m == creator ? "animator" : "member", joined);
			}
		}
	}
	ncommunities = id;
	uniq_free(&slugs);
	sb_free(&name);
	sb_free(&slug);
	sb_free(&desc);
}

/* ------------------------------------------------------------------ */
/* Contributions.                                                      */

enum { K_ARTICLE, K_EVENT, K_ANNONCE, K_DOSSIER, K_PROJECT };
static const char *const KIND_NAMES[] = { "article", "event", "annonce",
	"dossier", "project" };

typedef struct {
	int64_t created, pub, ev_local;	/* pub NO_TIME for drafts */
	uint32_t idx;
	uint8_t kind, terr, draft;
} crec_t;

static int
cmp_crec(const void *a, const void *b)
{
	const crec_t *x = a, *y = b;

	if (x->created != y->created)
		return x->created < y->created ? -1 : 1;
	return (x->idx > y->idx) - (x->idx < y->idx);
}

/* Recent published contributions of a territory. */
#define RING 64
typedef struct {
	uint32_t id[RING];
	int64_t t[RING];
	uint32_t n, pos;
} ring_t;

static void
ring_push(ring_t *g, uint32_t id, int64_t t)
{
	g->id[g->pos] = id;
	g->t[g->pos] = t;
	g->pos = (g->pos + 1) % RING;
	if (g->n < RING)
		g->n++;
}

static ring_t r_pub[14], r_feat[14], r_comments[14];

/*
 * Dossier items must be published before the dossier.  Ids follow
 * created_at, and published_at is at most PUB_DELAY after created_at, so
 * a contribution created PUB_DELAY before another was surely published
 * before it was created: those "matured" ones go to r_old; the recent
 * ones wait in a FIFO and are checked one by one.
 */
#define PUB_DELAY (8 * (int64_t)DAY)
typedef struct {
	uint32_t *id;
	int64_t *created, *pub;
	size_t head, n, cap;
} fifo_t;
static fifo_t f_recent[14];
static ring_t r_old[14];

static void
fifo_push(fifo_t *f, uint32_t id, int64_t created, int64_t pub)
{
	if (f->head > 0 && f->n == f->cap) {	/* compact */
		size_t k = f->n - f->head;

		memmove(f->id, f->id + f->head, k * sizeof(*f->id));
		memmove(f->created, f->created + f->head, k * sizeof(int64_t));
		memmove(f->pub, f->pub + f->head, k * sizeof(int64_t));
		f->head = 0;
		f->n = k;
	}
	if (f->n == f->cap) {
		f->cap = f->cap ? f->cap * 2 : 256;
		f->id = realloc(f->id, f->cap * sizeof(*f->id));
		f->created = realloc(f->created, f->cap * sizeof(int64_t));
		f->pub = realloc(f->pub, f->cap * sizeof(int64_t));
		if (f->id == NULL || f->created == NULL || f->pub == NULL)
			die("out of memory");
	}
	f->id[f->n] = id;
	f->created[f->n] = created;
	f->pub[f->n] = pub;
	f->n++;
}

/* Moves what was created before `now - PUB_DELAY` to the matured ring. */
static void
fifo_mature(fifo_t *f, ring_t *g, int64_t now)
{
	while (f->head < f->n && f->created[f->head] <= now - PUB_DELAY) {
		ring_push(g, f->id[f->head], f->pub[f->head]);
		f->head++;
	}
}

static struct {
	uint64_t published, events, timings, annonces, dossiers, projects,
	    articles, comments, likes;
} totals;

/* Local wall-clock start of an event's first session. */
static int64_t
event_start(rng_t *r, int upcoming)
{
	static const int weekday_min[] = { 750, 840, 1050, 1080, 1080, 1110,
		1110, 1140, 1200, 1230 };
	static const int weekend_min[] = { 600, 630, 840, 870, 900, 900, 960,
		1230, 1260 };
	int64_t day = floordiv(now_ts, DAY);
	int wd, minutes;

	if (upcoming)
		day += 1 + rng_below(r, 182);
	else
		day -= 1 + rng_below(r, 365);
	wd = weekday(day);
	minutes = (wd == 0 || wd == 6) ? PICK(r, weekend_min) :
	    PICK(r, weekday_min);
	return day * DAY + minutes * 60;
}

static void
gen_contributions(void)
{
	rng_t r1 = rng_stream(opt_seed, 4), r = rng_stream(opt_seed, 5);
	uint32_t n = opt_contributions, i;
	crec_t *rec = xcalloc(n ? n : 1, sizeof(*rec));
	uniq_t slugs = { { 0 }, { 0 }, "-" };
	sb_t title = { 0 }, slug = { 0 }, summary = { 0 }, body = { 0 };
	sb_t alt = { 0 }, person = { 0 }, url = { 0 }, datefr = { 0 };
	sb_t deadfr = { 0 }, tmp = { 0 }, acro = { 0 }, reg = { 0 };
	sb_t img = { 0 };
	int64_t pub_span = 730 * (int64_t)DAY;
	uint32_t timing_id = 0, comment_id = 0;
	uint64_t narticles = 0, npublished = 0;
	double p_comment, p_like;

	/* Pass 1: kind, territory and dates; ids then follow created_at. */
	for (i = 0; i < n; i++) {
		crec_t *c = &rec[i];
		uint32_t k = rng_below(&r1, 100);

		c->idx = i;
		c->kind = k < 55 ? K_ARTICLE : k < 80 ? K_EVENT : k < 90 ?
		    K_ANNONCE : k < 95 ? K_DOSSIER : K_PROJECT;
		c->terr = (uint8_t)(i < 12 ? 2 + i : pick_terr(&r1));
		c->draft = rng_pct(&r1, 3);
		if (c->kind == K_EVENT) {
			int64_t first;

			c->ev_local = event_start(&r1, rng_pct(&r1, 70));
			first = paris_to_utc(c->ev_local);
			c->pub = first - (14 + rng_below(&r1, 43)) *
			    (int64_t)DAY - rng_below(&r1, DAY);
			if (c->pub > now_ts - 3600)
				c->pub = now_ts - 3600 -
				    rng_range(&r1, 0, 10 * (int64_t)DAY);
		} else {
			double u = rng_unit(&r1);

			if (rng_pct(&r1, 50))
				u = sqrt(u);	/* more activity lately */
			c->pub = now_ts - pub_span + (int64_t)(u *
			    (double)(pub_span - 60));
		}
		c->created = c->pub - 600 - rng_range(&r1, 0, 7 * (int64_t)DAY);
		if (c->draft)
			c->pub = NO_TIME;
		else {
			npublished++;
			if (c->kind == K_ARTICLE)
				narticles++;
		}
		if ((i & 4095) == 0)
			progress("preparing", i, n);
	}
	progress("preparing", n, n);
	qsort(rec, n, sizeof(*rec), cmp_crec);

	/* Keep comments and likes bounded on big runs. */
	p_comment = narticles ? CAP_COMMENTS / 2.5 / (double)narticles : 0;
	if (p_comment > 0.2)
		p_comment = 0.2;
	p_like = npublished ? CAP_LIKES / 1.6 / (double)npublished : 0;
	if (p_like > 1.0)
		p_like = 1.0;

	/* Pass 2: content and the related rows. */
	for (i = 0; i < n; i++) {
		const crec_t *cr = &rec[i];
		uint32_t id = i + 1, author, sid = 0, org, place = 0;
		unsigned terr = cr->terr, city = pick_city(&r, terr);
		unsigned theme = 1 + rng_below(&r, 12), j;
		int fem, kind = cr->kind, ak = 0, ev_status = 0, mode = 0;
		int64_t pub = cr->pub, created = cr->created, updated;
		int64_t ref = pub != NO_TIME ? pub : created, deadline = NO_TIME;
		int64_t tl[3];
		unsigned ntl = 0, dur = 0;
		const char *image_url = NULL, *reg_url = NULL;
		unsigned views = 0;
		ctx_t c;

		base_ctx(&c, &r, terr, city);
		c.subj = lpick(&r, &SUBJECTS[theme]);
		c.theme = THEME_NAMES[theme];
		j = rng_below(&r, 100);
		c.angle = j < 30 ? "" : j < 55 ? c.local : PICK(&r, ANGLES);
		sb_reset(&person);
		person_name(&r, &person, &fem);
		c.person = person.p;
		c.fem = fem;
		c.job = JOBS[rng_below(&r, (uint32_t)NELEM(JOBS))][fem ? 0 : 1];
		c.year = year_of(ref);

		/* Signing structure (40 %) and author. */
		if (rng_pct(&r, 40)) {
			uint32_t k = prefix_n(&ts_all[terr], s_created, created);

			if (k > 0)
				sid = ts_all[terr].v[rng_below(&r, k)];
		}
		if (sid)
			author = st[sid].ed[rng_below(&r, st[sid].ned)];
		else
			author = member_at(&r, terr, created, 1);
		if (!sid && rng_below(&r, 1000) < 5)
			author = 0;	/* the author left */
		org = sid ? sid : ts_all[terr].v[rng_below(&r, ts_all[terr].n)];
		c.org = st[org].name;
		c.org_art = st[org].art;
		if (sid)
			c.city = TERR[terr].cities[st[sid].city].name;

		/* Kind-specific data needed by the text. */
		if (kind == K_EVENT) {
			int64_t first = cr->ev_local;
			uint32_t x = rng_below(&r, 100);
			int upcoming = first > now_ts;

			ntl = x < 65 ? 1 : x < 87 ? 2 : 3;
			tl[0] = first;
			x = rng_pct(&r, 60) ? 1 : 7;	/* next days or weeks */
			for (j = 1; j < ntl; j++)
				tl[j] = tl[j - 1] + x * (int64_t)DAY;
			dur = 60 + 30 * rng_below(&r, 5);
			x = rng_below(&r, 100);
			ev_status = x < 3 ? 1 : (upcoming && x < 6) ? 2 : 0;
			x = rng_below(&r, 100);
			mode = x < 85 ? 0 : x < 92 ? 1 : 2;
			if (mode != 1 && rng_pct(&r, 95))
				place = place_first[terr] +
				    rng_below(&r, place_count[terr]);
			c.place = place ? pl[place].name : NULL;
			c.place_art = place ? pl[place].art : NULL;
			if (place)
				c.city = TERR[terr].cities[pl[place].city].name;
			c.audience = PICK(&r, AUDIENCES);
			c.price = mode == 1 ? "Gratuit" : PICK(&r, PRICES);
			sb_reset(&datefr);
			fr_datetime(&datefr, first);
			c.date_fr = datefr.p;
			c.year = year_of(first);
		} else if (kind == K_ANNONCE) {
			uint32_t x = rng_below(&r, 100);

			ak = x < 30 ? AK_CALL : x < 55 ? AK_JOB : x < 85 ?
			    AK_VOLUNTEERS : AK_OTHER;
			if (ak == AK_CALL || ak == AK_JOB || rng_pct(&r, 60))
				deadline = ref + (14 + rng_below(&r, 107)) *
				    (int64_t)DAY;
			sb_reset(&deadfr);
			if (deadline != NO_TIME)
				fr_date(&deadfr, deadline);
			c.deadline_fr = deadfr.p;
		} else if (kind == K_PROJECT) {
			sb_reset(&acro);
			sb_puts(&acro, PICK(&r, ACRO_A));
			sb_puts(&acro, PICK(&r, ACRO_B));
			c.acronym = acro.p;
		}

		/* Title, slug, summary. */
		sb_reset(&title);
		switch (kind) {
		case K_ARTICLE: expand(&title, PICK(&r, T_ARTICLE), &c, &r); break;
		case K_EVENT: expand(&title, PICK(&r, T_EVENT), &c, &r); break;
		case K_ANNONCE: expand(&title, lpick(&r, &T_ANN[ak]), &c, &r); break;
		case K_DOSSIER: expand(&title, PICK(&r, T_DOSSIER), &c, &r); break;
		default: expand(&title, PICK(&r, T_PROJECT), &c, &r); break;
		}
		cap_at(&title, 0);
		utf8_trunc(&title, 200);
		sb_reset(&slug);
		slugify(&slug, title.p, 80);
		uniq_make(&slugs, &slug, 0, 80);
		sb_reset(&url);
		sb_puts(&url, "https://example.org/");
		sb_puts(&url, kind == K_EVENT ? "agenda" : PICK(&r, URL_SECTIONS));
		sb_putc(&url, '/');
		sb_puts(&url, slug.p);
		c.url = url.p;

		sb_reset(&summary);
		switch (kind) {
		case K_ARTICLE: expand(&summary, PICK(&r, S_ARTICLE), &c, &r); break;
		case K_EVENT: expand(&summary, PICK(&r, S_EVENT), &c, &r); break;
		case K_ANNONCE:
			expand(&summary, lpick(&r, &S_ANN[ak]), &c, &r);
			break;
		case K_DOSSIER: expand(&summary, PICK(&r, S_DOSSIER), &c, &r); break;
		default: expand(&summary, PICK(&r, S_PROJECT), &c, &r); break;
		}
		cap_at(&summary, 0);
		utf8_trunc(&summary, 500);

		/* Body, in Markdown. */
		sb_reset(&body);
		if (kind == K_ARTICLE) {
			unsigned a = rng_below(&r, (uint32_t)NELEM(B_MID));
			unsigned nl = 3 + rng_below(&r, 2), l0;

			expand(&body, PICK(&r, B_INTRO_ART), &c, &r);
			sb_puts(&body, "\n\n");
			expand(&body, B_MID[a], &c, &r);
			sb_puts(&body, "\n\n## ");
			sb_puts(&body, PICK(&r, B_HEAD_ART));
			sb_puts(&body, "\n\n");
			l0 = rng_below(&r, (uint32_t)NELEM(B_LIST_GEN));
			for (j = 0; j < nl; j++) {
				size_t mark;

				sb_puts(&body, "- ");
				mark = body.len;
				expand(&body, B_LIST_GEN[(l0 + j * 3) %
				    NELEM(B_LIST_GEN)], &c, &r);
				cap_at(&body, mark);
				sb_putc(&body, '\n');
			}
			sb_putc(&body, '\n');
			if (rng_pct(&r, 50)) {
				expand(&body, B_MID[(a + 1 +
				    rng_below(&r, (uint32_t)NELEM(B_MID) - 1)) %
				    NELEM(B_MID)], &c, &r);
				sb_puts(&body, "\n\n");
			}
			expand(&body, PICK(&r, B_OUTRO), &c, &r);
		} else if (kind == K_EVENT) {
			unsigned l0 = rng_below(&r, (uint32_t)NELEM(B_PROG));

			if (ev_status == 1)
				sb_puts(&body, "**Événement annulé.** Nous sommes désolés pour ce contretemps.\n\n");
			else if (ev_status == 2)
				sb_puts(&body, "**Événement reporté** : une nouvelle date sera communiquée prochainement.\n\n");
			expand(&body, PICK(&r, B_INTRO_EV), &c, &r);
			if (ntl > 1) {
				sb_puts(&body, " Autres séances : ");
				for (j = 1; j < ntl; j++) {
					if (j > 1)
						sb_puts(&body, j + 1 == ntl ?
						    " et " : ", ");
					sb_puts(&body, "le ");
					fr_datetime_short(&body, tl[j]);
				}
				sb_putc(&body, '.');
			}
			sb_puts(&body, "\n\n");
			expand(&body, PICK(&r, B_MID_EV), &c, &r);
			sb_puts(&body, "\n\n## Au programme\n\n");
			for (j = 0; j < 3; j++) {
				sb_puts(&body, "- ");
				sb_puts(&body, B_PROG[(l0 + j * 3) % NELEM(B_PROG)]);
				sb_putc(&body, '\n');
			}
			sb_puts(&body, "\n## Infos pratiques\n\n- Public : ");
			sb_puts(&body, c.audience);
			sb_puts(&body, "\n- Tarif : ");
			sb_puts(&body, c.price);
			if (place) {
				sb_puts(&body, "\n- Lieu : ");
				sb_puts(&body, pl[place].name);
				sb_puts(&body, ", ");
				sb_puts(&body, c.city);
			} else if (mode == 1)
				sb_puts(&body, "\n- En ligne : le lien est envoyé après inscription");
			sb_puts(&body, "\n- Durée : ");
			sb_puts(&body, dur == 60 ? "1 h" : dur == 90 ? "1 h 30" :
			    dur == 120 ? "2 h" : dur == 150 ? "2 h 30" : "3 h");
			sb_puts(&body, "\n\n");
			expand(&body, PICK(&r, B_OUTRO_EV), &c, &r);
		} else if (kind == K_ANNONCE) {
			const list_t *li = &B_LIST_ANN[ak];

			expand(&body, lpick(&r, &B_INTRO_ANN[ak]), &c, &r);
			sb_puts(&body, "\n\n");
			expand(&body, PICK(&r, B_MID), &c, &r);
			sb_puts(&body, "\n\n## En pratique\n\n");
			for (j = 0; j < li->n; j++) {
				if (deadline == NO_TIME &&
				    strstr(li->v[j], "%X") != NULL)
					continue;
				sb_puts(&body, "- ");
				expand(&body, li->v[j], &c, &r);
				sb_putc(&body, '\n');
			}
			sb_putc(&body, '\n');
			expand(&body, PICK(&r, B_OUTRO_ANN), &c, &r);
		} else if (kind == K_DOSSIER) {
			unsigned l0 = rng_below(&r, (uint32_t)NELEM(B_LIST_DOS));

			expand(&body, PICK(&r, B_INTRO_DOS), &c, &r);
			sb_puts(&body, "\n\n");
			expand(&body, PICK(&r, B_MID), &c, &r);
			sb_puts(&body, "\n\n## Dans ce dossier\n\n");
			for (j = 0; j < 4; j++) {
				sb_puts(&body, "- ");
				expand(&body, B_LIST_DOS[(l0 + j) %
				    NELEM(B_LIST_DOS)], &c, &r);
				sb_putc(&body, '\n');
			}
			sb_putc(&body, '\n');
			expand(&body, PICK(&r, B_OUTRO), &c, &r);
		} else {
			unsigned l0 = rng_below(&r, (uint32_t)NELEM(B_LIST_PROJ));

			expand(&body, PICK(&r, B_INTRO_PROJ), &c, &r);
			sb_puts(&body, "\n\n## Objectifs\n\n");
			for (j = 0; j < 3; j++) {
				sb_puts(&body, "- ");
				expand(&body, B_LIST_PROJ[(l0 + j) %
				    NELEM(B_LIST_PROJ)], &c, &r);
				sb_putc(&body, '\n');
			}
			sb_puts(&body, "\n## Comment participer ?\n\n");
			expand(&body, "Il suffit de s'inscrire sur la plateforme du projet, puis de suivre le protocole : **%n minutes** d'observation, *une fois par semaine*, et la saisie des données en ligne.", &c, &r);
			sb_puts(&body, "\n\n");
			expand(&body, PICK(&r, B_MID), &c, &r);
			sb_puts(&body, "\n\n");
			expand(&body, PICK(&r, B_OUTRO), &c, &r);
		}

		/* Image, dates, views. */
		sb_reset(&alt);
		if (rng_pct(&r, 70)) {
			sb_reset(&img);
			sb_puts(&img, "/images/demo/");
			sb_u64(&img, 1 + rng_below(&r, 8));
			sb_puts(&img, ".svg");
			image_url = img.p;
			expand(&alt, PICK(&r, IMAGE_ALTS), &c, &r);
			cap_at(&alt, 0);
		}
		if (pub != NO_TIME) {
			int64_t age = (now_ts - pub) / DAY;
			double u = rng_unit(&r);

			if (age > 365)
				age = 365;
			views = (unsigned)((15.0 + u * u * u * 4000.0) *
			    (0.15 + 0.85 * (double)age / 365.0)) +
			    rng_below(&r, 20);
			updated = rng_pct(&r, 25) ? time_between(&r, pub,
			    pub + (now_ts - pub < 60 * (int64_t)DAY ?
			    now_ts - pub : 60 * (int64_t)DAY)) : pub;
		} else
			updated = time_between(&r, created, created +
			    (now_ts - created < 20 * (int64_t)DAY ?
			    now_ts - created : 20 * (int64_t)DAY));

		row(B_CONTRIBUTIONS,
		    "%u,%s,%u,%U,%U,%u,%s,%s,%s,%s,%s,%s,%s,%u,%T,%t,%t",
		    id, KIND_NAMES[kind], terr, author, sid, theme, title.p,
		    slug.p, summary.p, body.p, image_url,
		    image_url ? alt.p : NULL,
		    pub != NO_TIME ? "published" : "draft", views, pub, created,
		    updated);

		/* Kind-specific rows. */
		if (kind == K_EVENT) {
			static const char *const st_names[] = { "scheduled",
				"cancelled", "postponed" };
			static const char *const mode_names[] = { "offline",
				"online", "mixed" };

			if (rng_pct(&r, 40)) {
				sb_reset(&reg);
				sb_puts(&reg, "https://example.org/inscription/");
				sb_puts(&reg, slug.p);
				reg_url = reg.p;
			}
			row(B_EVENTS, "%u,%U,%s,%s,%s,%s,%s", id, place,
			    c.audience, c.price, reg_url, st_names[ev_status],
			    mode_names[mode]);
			for (j = 0; j < ntl; j++) {
				int64_t b = paris_to_utc(tl[j]);
				int64_t e = paris_to_utc(tl[j] + dur * 60);

				row(B_TIMINGS, "%u,%u,%t,%t", ++timing_id, id, b, e);
			}
			totals.events++;
			totals.timings += ntl;
		} else if (kind == K_ANNONCE) {
			row(B_ANNONCES, "%u,%s,%D", id, AK_NAMES[ak], deadline);
			totals.annonces++;
		} else if (kind == K_DOSSIER) {
			ring_t *g = &r_old[terr];
			fifo_t *f = &f_recent[terr];
			uint32_t cand[2 * RING], nc = 0;
			uint32_t want = 3 + rng_below(&r, 6);
			size_t k;

			fifo_mature(f, g, created);
			for (j = 0; j < g->n; j++)
				cand[nc++] = g->id[j];
			for (k = f->n; k > f->head && k + RING > f->n; k--)
				if (f->pub[k - 1] <= ref)
					cand[nc++] = f->id[k - 1];
			if (want > nc)
				want = nc;
			for (j = 0; j < want; j++) {
				uint32_t x = j + rng_below(&r, nc - j);
				uint32_t tmpid = cand[x];

				cand[x] = cand[j];
				cand[j] = tmpid;
				row(B_DOSSIER_ITEMS, "%u,%u,%u", id, tmpid, j + 1);
			}
			totals.dossiers++;
		} else if (kind == K_PROJECT)
			totals.projects++;
		else
			totals.articles++;

		/* Listings: the home territory, and ~10 % cross-posted. */
		if (pub != NO_TIME) {
			unsigned ts[3], nt = 1, a, b;

			ts[0] = terr;
			if (rng_pct(&r, 10)) {
				unsigned want = 1 + rng_below(&r, 2);

				while (nt < 1 + want) {
					unsigned o = 2 + rng_below(&r, 12);

					for (a = 0; a < nt && ts[a] != o; a++)
						;
					if (a == nt)
						ts[nt++] = o;
				}
			}
			for (a = 1; a < nt; a++)	/* sort */
				for (b = a; b > 0 && ts[b - 1] > ts[b]; b--) {
					unsigned x = ts[b];

					ts[b] = ts[b - 1];
					ts[b - 1] = x;
				}
			for (a = 0; a < nt; a++)
				row(B_CT, "%u,%u,%s,%t", id, ts[a],
				    KIND_NAMES[kind], pub);
			if (kind != K_DOSSIER) {
				ring_push(&r_pub[terr], id, pub);
				fifo_push(&f_recent[terr], id, created, pub);
			}
			if (image_url != NULL && ev_status == 0)
				ring_push(&r_feat[terr], id, pub);
			totals.published++;
		}

		/* Tags: 0-4, mostly from the theme. */
		{
			uint32_t tg[4], ntg = 0, want = rng_below(&r, 5), tries;

			for (tries = 0; ntg < want && tries < 12; tries++) {
				uint32_t tag, x;

				if (ntags_by_theme[theme] > 0 && rng_pct(&r, 70))
					tag = tags_by_theme[theme][rng_below(&r,
					    ntags_by_theme[theme])];
				else
					tag = 1 + rng_below(&r,
					    (uint32_t)NELEM(TAGS));
				for (x = 0; x < ntg && tg[x] != tag; x++)
					;
				if (x == ntg)
					tg[ntg++] = tag;
			}
			qsort(tg, ntg, sizeof(tg[0]), cmp_u32);
			for (j = 0; j < ntg; j++)
				row(B_CTAGS, "%u,%u", id, tg[j]);
		}

		/* Comments and likes on published contributions. */
		if (pub != NO_TIME && now_ts - pub > 120) {
			double pc = kind == K_ARTICLE ? p_comment :
			    p_comment / 4;

			if (rng_unit(&r) < pc) {
				unsigned nc = 1 + rng_below(&r, 4);
				int64_t tc = pub;
				uint32_t first = 0;

				for (j = 0; j < nc; j++) {
					uint32_t who;
					ctx_t cc = c;
					int unpub = rng_pct(&r, 3);

					tc = time_between(&r, tc + 60, now_ts);
					who = rng_pct(&r, 2) ? 0 :
					    member_at(&r, terr, tc, 0);
					sb_reset(&person);
					person_name(&r, &person, &fem);
					cc.person = person.p;
					sb_reset(&tmp);
					expand(&tmp, PICK(&r, COMMENTS), &cc, &r);
					/* Some answer the first comment. */
					row(B_COMMENTS, "%u,%u,%U,%U,%s,%s,%t,%t",
					    ++comment_id, id, who,
					    first != 0 && rng_pct(&r, 40) ?
					    first : 0, tmp.p,
					    unpub ? "unpublished" : "published",
					    tc, tc);
					if (first == 0)
						first = comment_id;
					if (!unpub)
						ring_push(&r_comments[terr],
						    comment_id, tc);
					totals.comments++;
					if (now_ts - tc < 180)
						break;
				}
			}
			if (rng_unit(&r) < p_like) {
				double u = rng_unit(&r);
				unsigned nl = (unsigned)(u * u * u * 9.0);
				uint32_t who[8], nw = 0, x;

				for (j = 0; j < nl && j < 8; j++) {
					int64_t tlk = time_between(&r, pub,
					    now_ts);
					uint32_t m = member_at(&r, 0, tlk, 0);

					for (x = 0; x < nw && who[x] != m; x++)
						;
					if (x < nw)
						continue;
					who[nw++] = m;
					if (m_created[m] > tlk)
						tlk = m_created[m];
					row(B_LIKES, "%u,%u,%t", m, id, tlk);
					totals.likes++;
				}
			}
		}
		if ((i & 1023) == 0)
			progress("contributions", i, n);
	}
	progress("contributions", n, n);

	free(rec);
	uniq_free(&slugs);
	sb_free(&title);
	sb_free(&slug);
	sb_free(&summary);
	sb_free(&body);
	sb_free(&alt);
	sb_free(&person);
	sb_free(&url);
	sb_free(&datefr);
	sb_free(&deadfr);
	sb_free(&tmp);
	sb_free(&acro);
	sb_free(&reg);
	sb_free(&img);
}

/* ------------------------------------------------------------------ */
/* Featured, follows, messages, reports, visits.                       */

static void
gen_featured(void)
{
	rng_t r = rng_stream(opt_seed, 6);
	unsigned t;

	for (t = 2; t <= 13; t++) {
		ring_t *g = &r_feat[t];
		uint32_t cand[RING], want = 4 + rng_below(&r, 3), j;

		memcpy(cand, g->id, g->n * sizeof(cand[0]));
		if (want > g->n)
			want = g->n;
		for (j = 0; j < want; j++) {
			uint32_t x = j + rng_below(&r, g->n - j), id = cand[x];

			cand[x] = cand[j];
			cand[j] = id;
			row(B_FEATURED, "%u,%u,%u", t, id, j + 1);
		}
	}
}

typedef struct {
	unsigned kind;	/* enum order: member, structure, community, theme,
			 * tag, territory */
	uint32_t id;
} follow_t;

static int
cmp_follow(const void *a, const void *b)
{
	const follow_t *x = a, *y = b;

	if (x->kind != y->kind)
		return x->kind < y->kind ? -1 : 1;
	return (x->id > y->id) - (x->id < y->id);
}

static void
gen_follows(void)
{
	static const char *const fk[] = { "member", "structure", "community",
		"theme", "tag", "territory" };
	rng_t r = rng_stream(opt_seed, 7);
	uint32_t m;

	for (m = 1; m <= opt_members; m++) {
		follow_t f[10];
		unsigned nf = 0, j;
		int64_t base = m_created[m];

		if (rng_pct(&r, 60))
			f[nf++] = (follow_t){ 5, m_terr[m] };
		for (j = rng_below(&r, 3); j > 0; j--)
			f[nf++] = (follow_t){ 3, 1 + rng_below(&r, 12) };
		for (j = rng_below(&r, 3); j > 0; j--) {
			uint32_t o = member_at(&r, m_terr[m], now_ts - 1, 1);

			if (o != m)
				f[nf++] = (follow_t){ 0, o };
		}
		if (rng_pct(&r, 30) && ts_all[m_terr[m]].n > 0)
			f[nf++] = (follow_t){ 1, ts_all[m_terr[m]].v[rng_below(&r,
			    ts_all[m_terr[m]].n)] };
		if (rng_pct(&r, 10) && ncommunities > 0)
			f[nf++] = (follow_t){ 2, 1 + rng_below(&r, ncommunities) };
		if (rng_pct(&r, 25))
			f[nf++] = (follow_t){ 4, 1 + rng_below(&r,
			    (uint32_t)NELEM(TAGS)) };
		qsort(f, nf, sizeof(f[0]), cmp_follow);
		for (j = 0; j < nf; j++) {
			int64_t from = base, t;

			if (j > 0 && f[j].kind == f[j - 1].kind &&
			    f[j].id == f[j - 1].id)
				continue;
			if (f[j].kind == 0 && m_created[f[j].id] > from)
				from = m_created[f[j].id];
			if (f[j].kind == 1 && s_created[f[j].id] > from)
				from = s_created[f[j].id];
			t = time_between(&r, from, now_ts);
			row(B_FOLLOWS, "%u,%s,%u,%t", m, fk[f[j].kind], f[j].id,
			    t);
		}
		if ((m & 1023) == 0 || m == opt_members)
			progress("follows", m, opt_members);
	}
}

static void
gen_messages(void)
{
	rng_t r = rng_stream(opt_seed, 8);
	uint32_t n = opt_members / 2, i;
	sb_t body = { 0 }, person = { 0 };

	if (n > CAP_MESSAGES)
		n = CAP_MESSAGES;
	if (opt_members < 2)
		n = 0;
	for (i = 0; i < n; i++) {
		uint32_t from = 1 + rng_below(&r, opt_members);
		uint32_t to = 1 + rng_below(&r, opt_members - 1);
		int64_t lo, t, read = NO_TIME;
		int fem;
		ctx_t c;

		if (to >= from)
			to++;
		lo = m_created[from] > m_created[to] ? m_created[from] :
		    m_created[to];
		t = time_between(&r, lo, now_ts);
		if (rng_pct(&r, 70))
			read = time_between(&r, t + 30, t + 3 * DAY < now_ts ?
			    t + 3 * DAY : now_ts);
		if (read != NO_TIME && read >= now_ts)
			read = NO_TIME;
		base_ctx(&c, &r, m_terr[from], pick_city(&r, m_terr[from]));
		sb_reset(&person);
		person_name(&r, &person, &fem);
		c.person = person.p;
		sb_reset(&body);
		expand(&body, PICK(&r, MSG_BODIES), &c, &r);
		row(B_MESSAGES, "%u,%u,%u,%s,%s,%t,%T", i + 1, from, to,
		    PICK(&r, MSG_SUBJECTS), body.p, t, read);
	}
	sb_free(&body);
	sb_free(&person);
}

static void
gen_reports(void)
{
	rng_t r = rng_stream(opt_seed, 9);
	uint32_t id = 0;
	unsigned t;

	for (t = 2; t <= 13; t++) {
		unsigned n = 2 + rng_below(&r, 5), j;

		for (j = 0; j < n; j++) {
			int comment = rng_pct(&r, 30) && r_comments[t].n > 0;
			ring_t *g = comment ? &r_comments[t] : &r_pub[t];
			uint32_t k, x = rng_below(&r, 100), handler = 0;
			int64_t lo, created, handled = NO_TIME;
			const char *status = x < 50 ? "open" : x < 75 ?
			    "dismissed" : "actioned";

			if (g->n == 0)
				continue;
			k = rng_below(&r, g->n);
			lo = g->t[k] > now_ts - 30 * (int64_t)DAY ? g->t[k] :
			    now_ts - 30 * (int64_t)DAY;
			created = time_between(&r, lo, now_ts);
			if (x >= 50) {
				handled = time_between(&r, created, now_ts);
				handler = member_at(&r, t, created, 1);
			}
			row(B_REPORTS, "%u,%U,%u,%s,%u,%s,%s,%U,%t,%T", ++id,
			    member_at(&r, t, created, 0), t,
			    comment ? "comment" : "contribution", g->id[k],
			    PICK(&r, REPORT_REASONS), status, handler, created,
			    handled);
		}
	}
}

/*
 * Territory teams: member 1 on the network team, and on each territory
 * its first member as admin and its second as editor, so that the admin
 * pages have someone to show.  (Demo members have no password: to log
 * in as a team member, sign up and use echo-admin.)
 */
static void
gen_roles(void)
{
	sb_t s = { 0 };
	unsigned t, j;

	sb_puts(&s, "INSERT INTO member_roles (member_id,territory_id,role)"
	    " VALUES\n(1,1,'admin')");
	for (t = 2; t <= 13; t++)
		for (j = 0; j < 2 && j < tm_all[t].n; j++) {
			sb_puts(&s, ",\n(");
			sb_u64(&s, tm_all[t].v[j]);
			sb_puts(&s, ",");
			sb_u64(&s, t);
			sb_puts(&s, j == 0 ? ",'admin')" : ",'editor')");
		}
	sb_puts(&s, ";\n");
	out_write(s.p, s.len);
	sb_free(&s);
}

static void
gen_visits(void)
{
	rng_t r = rng_stream(opt_seed, 10);
	int64_t today = floordiv(now_ts, DAY);
	double scale = 1.0 + (double)opt_contributions / 20000.0;
	unsigned t;

	if (scale > 20.0)
		scale = 20.0;
	for (t = 1; t <= 13; t++) {
		double base = t == 1 ? 1500.0 : 40.0 * TERR[t].weight;
		int64_t d;

		for (d = today - 90; d < today; d++) {
			int wd = weekday(d);
			double f = (wd == 0 || wd == 6) ? 0.65 : 1.0;
			double g = 0.85 + 0.15 * (double)(d - today + 90) / 90.0;
			double v = base * scale * f * g *
			    (0.75 + 0.5 * rng_unit(&r));

			row(B_VISITS, "%u,%d,%u", t, d * DAY, (unsigned)v);
		}
	}
}

/* ------------------------------------------------------------------ */
/* Command line.                                                       */

static void
usage(FILE *f)
{
	fprintf(f,
	    "usage: gen-demo [--seed N] [--members N] [--contributions N]\n"
	    "                [--now YYYY-MM-DD] [--quiet] [--help]\n"
	    "\n"
	    "Writes SQL loading French demo content into the Échosciences\n"
	    "schema (after db/001-schema.sql and db/002-reference.sql), e.g.\n"
	    "  gen-demo | mariadb echosciences\n"
	    "\n"
	    "  --seed N           random seed (default 42)\n"
	    "  --members N        members, 1..%lu (default 300)\n"
	    "  --contributions N  contributions, 0..%lu (default 1500)\n"
	    "  --now YYYY-MM-DD   reference date (default: today, UTC)\n"
	    "  --quiet            no progress on standard error\n"
	    "  --help             this help\n",
	    MAX_MEMBERS, MAX_CONTRIBUTIONS);
}

static int
parse_u64(const char *s, uint64_t max, uint64_t *out)
{
	uint64_t v = 0;

	if (*s == '\0')
		return -1;
	for (; *s; s++) {
		if (*s < '0' || *s > '9')
			return -1;
		if (v > (UINT64_MAX - (uint64_t)(*s - '0')) / 10)
			return -1;
		v = v * 10 + (uint64_t)(*s - '0');
	}
	if (v > max)
		return -1;
	*out = v;
	return 0;
}

static int
parse_date(const char *s, int64_t *day)
{
	int y;
	unsigned m, d, i;
	static const unsigned mdays[13] =
	    { 0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

	if (strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return -1;
	for (i = 0; i < 10; i++)
		if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
			return -1;
	y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 +
	    (s[3] - '0');
	m = (unsigned)((s[5] - '0') * 10 + (s[6] - '0'));
	d = (unsigned)((s[8] - '0') * 10 + (s[9] - '0'));
	if (y < 1975 || m < 1 || m > 12 || d < 1 || d > mdays[m])
		return -1;
	if (m == 2 && d == 29 && !(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)))
		return -1;
	*day = days_from_civil(y, m, d);
	return 0;
}

static void
bad_usage(const char *fmt, const char *arg)
{
	fprintf(stderr, "gen-demo: ");
	fprintf(stderr, fmt, arg);
	fputc('\n', stderr);
	usage(stderr);
	exit(2);
}

int
main(int argc, char **argv)
{
	int64_t day = NO_TIME;
	char nowstr[11];
	int i;
	unsigned t;

	for (i = 1; i < argc; i++) {
		const char *a = argv[i], *v = NULL, *eq;
		char flag[32];
		uint64_t x;

		if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
			usage(stdout);
			return 0;
		}
		if (strcmp(a, "--quiet") == 0 || strcmp(a, "-q") == 0) {
			opt_quiet = 1;
			continue;
		}
		if (strncmp(a, "--", 2) != 0)
			bad_usage("unexpected argument: %s", a);
		eq = strchr(a, '=');
		if (eq != NULL) {
			if ((size_t)(eq - a) >= sizeof(flag))
				bad_usage("unknown option: %s", a);
			memcpy(flag, a, (size_t)(eq - a));
			flag[eq - a] = '\0';
			v = eq + 1;
		} else {
			if (strlen(a) >= sizeof(flag))
				bad_usage("unknown option: %s", a);
			strcpy(flag, a);
		}
		if (strcmp(flag, "--seed") != 0 &&
		    strcmp(flag, "--members") != 0 &&
		    strcmp(flag, "--contributions") != 0 &&
		    strcmp(flag, "--now") != 0)
			bad_usage("unknown option: %s", a);
		if (v == NULL) {
			if (i + 1 >= argc)
				bad_usage("missing value for %s", flag);
			v = argv[++i];
		}
		if (strcmp(flag, "--seed") == 0) {
			if (parse_u64(v, UINT64_MAX, &x) == -1)
				bad_usage("invalid --seed: %s", v);
			opt_seed = x;
		} else if (strcmp(flag, "--members") == 0) {
			if (parse_u64(v, MAX_MEMBERS, &x) == -1 || x < 1)
				bad_usage("invalid --members: %s", v);
			opt_members = (uint32_t)x;
		} else if (strcmp(flag, "--contributions") == 0) {
			if (parse_u64(v, MAX_CONTRIBUTIONS, &x) == -1)
				bad_usage("invalid --contributions: %s", v);
			opt_contributions = (uint32_t)x;
		} else {
			if (parse_date(v, &day) == -1)
				bad_usage("invalid --now (YYYY-MM-DD): %s", v);
		}
	}
	if (day == NO_TIME)
		day = floordiv((int64_t)time(NULL), DAY);
	now_ts = day * DAY;
	members_start = now_ts - 1095 * (int64_t)DAY;
	is_tty = isatty(STDERR_FILENO);
	for (t = 2; t <= 13; t++)
		terr_cum[t] = terr_cum[t - 1] + TERR[t].weight;

	setvbuf(stdout, NULL, _IOFBF, 1 << 20);
	fmt_date(nowstr, now_ts);
	nowstr[10] = '\0';
	printf("-- Échosciences demo data: gen-demo --seed %llu --members %lu"
	    " --contributions %lu --now %s\n"
	    "-- Load after db/001-schema.sql and db/002-reference.sql, into "
	    "empty tables.\n"
	    "SET NAMES utf8mb4;\n"
	    "SET @gen_autocommit = @@autocommit, @gen_unique_checks = "
	    "@@unique_checks, @gen_foreign_key_checks = @@foreign_key_checks;\n"
	    "SET autocommit=0;\n"
	    "SET unique_checks=0;\n"
	    "SET foreign_key_checks=0;\n",
	    (unsigned long long)opt_seed, (unsigned long)opt_members,
	    (unsigned long)opt_contributions, nowstr);

	gen_tags();
	gen_members();
	gen_places_structures();
	gen_communities();
	gen_contributions();
	gen_featured();
	gen_follows();
	gen_messages();
	gen_reports();
	gen_visits();
	for (i = 0; i < B_COUNT; i++)
		batch_flush(&batches[i]);
	gen_roles();

	out_puts(
	    "INSERT INTO contribution_shares (contribution_id, territory_id)\n"
	    " SELECT ct.contribution_id, ct.territory_id"
	    " FROM contribution_territories ct"
	    " JOIN contributions c ON c.id = ct.contribution_id"
	    " WHERE ct.territory_id <> c.territory_id;\n"
	    "UPDATE territories t SET\n"
	    " members_count = (SELECT COUNT(*) FROM members m"
	    " WHERE m.home_territory_id = t.id AND m.status = 'active'),\n"
	    " contributions_count = (SELECT COUNT(*) FROM contribution_territories c"
	    " WHERE c.territory_id = t.id)\n"
	    " WHERE NOT t.is_network;\n"
	    "UPDATE territories SET\n"
	    " members_count = (SELECT COUNT(*) FROM members"
	    " WHERE status = 'active'),\n"
	    " contributions_count = (SELECT COUNT(DISTINCT contribution_id)"
	    " FROM contribution_territories)\n"
	    " WHERE is_network;\n"
	    "UPDATE contributions c JOIN (SELECT contribution_id, COUNT(*) AS n"
	    " FROM comments WHERE status = 'published'"
	    " GROUP BY contribution_id) x ON x.contribution_id = c.id"
	    " SET c.comments_count = x.n;\n"
	    "COMMIT;\n"
	    "SET foreign_key_checks = @gen_foreign_key_checks;\n"
	    "SET unique_checks = @gen_unique_checks;\n"
	    "SET autocommit = @gen_autocommit;\n");
	printf("-- totals: members=%lu structures=%lu places=%lu tags=%lu"
	    " communities=%lu contributions=%lu published=%llu events=%llu"
	    " event_timings=%llu annonces=%llu dossiers=%llu projects=%llu"
	    " comments=%llu likes=%llu follows=%llu\n",
	    (unsigned long)opt_members, (unsigned long)nstructures,
	    (unsigned long)nplaces, (unsigned long)NELEM(TAGS),
	    (unsigned long)ncommunities, (unsigned long)opt_contributions,
	    (unsigned long long)totals.published,
	    (unsigned long long)totals.events,
	    (unsigned long long)totals.timings,
	    (unsigned long long)totals.annonces,
	    (unsigned long long)totals.dossiers,
	    (unsigned long long)totals.projects,
	    (unsigned long long)totals.comments,
	    (unsigned long long)totals.likes,
	    (unsigned long long)batches[B_FOLLOWS].total);
	if (fflush(stdout) != 0 || ferror(stdout))
		die("write error on standard output");
	if (!opt_quiet)
		fprintf(stderr, "done: %lu members, %lu contributions\n",
		    (unsigned long)opt_members,
		    (unsigned long)opt_contributions);
	return 0;
}
