#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "util.h"

/*
 * Strict UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing
 * above U+10FFFF, and no NUL byte, which would cut a C string short.
 */
int
utf8_valid(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s, *end = p + n;
	unsigned int	 c;
	int		 more;

	while (p < end) {
		c = *p++;
		if (c == 0)
			return 0;
		if (c < 0x80)
			continue;
		if (c >= 0xc2 && c <= 0xdf)
			more = 1;
		else if (c >= 0xe0 && c <= 0xef)
			more = 2;
		else if (c >= 0xf0 && c <= 0xf4)
			more = 3;
		else
			return 0;
		if (end - p < more)
			return 0;
		if (c == 0xe0 && p[0] < 0xa0)
			return 0;
		if (c == 0xed && p[0] > 0x9f)
			return 0;
		if (c == 0xf0 && p[0] < 0x90)
			return 0;
		if (c == 0xf4 && p[0] > 0x8f)
			return 0;
		while (more-- > 0)
			if ((*p++ & 0xc0) != 0x80)
				return 0;
	}
	return 1;
}

/* Counts code points of valid UTF-8. */
size_t
utf8_chars(const char *s, size_t n)
{
	size_t	 i, count = 0;

	for (i = 0; i < n; i++)
		if (((unsigned char)s[i] & 0xc0) != 0x80)
			count++;
	return count;
}

static int
hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/*
 * Decodes %XX (and '+' as a space in form data) in place.  A malformed
 * escape is an error, as is a decoded NUL byte.
 */
int
pct_decode(char *s, size_t *len, int plus_is_space)
{
	size_t	 i, o = 0;
	int	 hi, lo;

	for (i = 0; i < *len; i++) {
		if (s[i] == '%') {
			if (i + 2 >= *len)
				return -1;
			if ((hi = hexval((unsigned char)s[i + 1])) < 0 ||
			    (lo = hexval((unsigned char)s[i + 2])) < 0)
				return -1;
			if (hi == 0 && lo == 0)
				return -1;
			s[o++] = (char)(hi * 16 + lo);
			i += 2;
		} else if (s[i] == '+' && plus_is_space)
			s[o++] = ' ';
		else if (s[i] == '\0')
			return -1;
		else
			s[o++] = s[i];
	}
	s[o] = '\0';
	*len = o;
	return 0;
}

/* A slug: lowercase ASCII letters, digits and single inner hyphens. */
int
slug_valid(const char *s, size_t max)
{
	size_t	 i, n = strlen(s);

	if (n == 0 || n > max || s[0] == '-' || s[n - 1] == '-')
		return 0;
	for (i = 0; i < n; i++) {
		if (s[i] == '-') {
			if (s[i + 1] == '-')
				return 0;
		} else if (!((s[i] >= 'a' && s[i] <= 'z') ||
		    (s[i] >= '0' && s[i] <= '9')))
			return 0;
	}
	return 1;
}

/* Decimal digits only (an optional leading '-'), within [min, max]. */
int
int_parse(const char *s, long long min, long long max, long long *out)
{
	const char	*p = s;
	char		*end;
	long long	 v;

	if (*p == '-')
		p++;
	if (*p < '0' || *p > '9' || strlen(p) > 18)
		return -1;
	for (; *p != '\0'; p++)
		if (*p < '0' || *p > '9')
			return -1;
	errno = 0;
	v = strtoll(s, &end, 10);
	if (errno != 0 || *end != '\0' || v < min || v > max)
		return -1;
	*out = v;
	return 0;
}

static int
leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int
days_in(int y, int m)
{
	static const int days[] = { 31,28,31,30,31,30,31,31,30,31,30,31 };

	return m == 2 && leap(y) ? 29 : days[m - 1];
}

static int
digits(const char *s, size_t n, int *out)
{
	size_t	 i;
	int	 v = 0;

	for (i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	*out = v;
	return 0;
}

/* A calendar date YYYY-MM-DD, years 1900 to 2999: midnight UTC. */
int
date_parse(const char *s, time_t *out)
{
	struct tm	 tm;
	int		 y, m, d;

	if (strlen(s) != 10 || s[4] != '-' || s[7] != '-' ||
	    digits(s, 4, &y) || digits(s + 5, 2, &m) || digits(s + 8, 2, &d))
		return -1;
	if (y < 1900 || y > 2999 || m < 1 || m > 12 || d < 1 ||
	    d > days_in(y, m))
		return -1;
	memset(&tm, 0, sizeof(tm));
	tm.tm_year = y - 1900;
	tm.tm_mon = m - 1;
	tm.tm_mday = d;
	*out = timegm(&tm);
	return 0;
}

/* "YYYY-MM-DD HH:MM:SS" as the database gives it, in UTC. */
int
sqltime_parse(const char *s, time_t *out)
{
	struct tm	 tm;
	int		 y, mo, d, h, mi, se;

	if (strlen(s) < 19 || s[4] != '-' || s[7] != '-' || s[10] != ' ' ||
	    s[13] != ':' || s[16] != ':' ||
	    digits(s, 4, &y) || digits(s + 5, 2, &mo) ||
	    digits(s + 8, 2, &d) || digits(s + 11, 2, &h) ||
	    digits(s + 14, 2, &mi) || digits(s + 17, 2, &se))
		return -1;
	if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 ||
	    se > 60)
		return -1;
	memset(&tm, 0, sizeof(tm));
	tm.tm_year = y - 1900;
	tm.tm_mon = mo - 1;
	tm.tm_mday = d;
	tm.tm_hour = h;
	tm.tm_min = mi;
	tm.tm_sec = se;
	*out = timegm(&tm);
	return 0;
}

void
sqltime_format(time_t t, char out[20])
{
	struct tm	 tm;

	gmtime_r(&t, &tm);
	strftime(out, 20, "%Y-%m-%d %H:%M:%S", &tm);
}

/* Local time (the process runs with TZ=Europe/Paris) with its offset. */
void
rfc3339_format(time_t t, char out[26])
{
	struct tm	 tm;
	long		 off;
	char		 sign = '+';

	localtime_r(&t, &tm);
	off = tm.tm_gmtoff / 60;
	if (off < 0) {
		sign = '-';
		off = -off;
	}
	strftime(out, 20, "%Y-%m-%dT%H:%M:%S", &tm);
	snprintf(out + 19, 7, "%c%02ld:%02ld", sign, off / 60 % 100, off % 60);
}

static const char *const wdays[] =
	{ "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" };
static const char *const months[] = { "Jan", "Feb", "Mar", "Apr", "May",
	"Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };

/* RFC 7231 IMF-fixdate, independent of the C locale. */
void
httpdate_format(time_t t, char out[30])
{
	struct tm	 tm;

	gmtime_r(&t, &tm);
	snprintf(out, 30, "%s, %02d %s %04d %02d:%02d:%02d GMT",
	    wdays[tm.tm_wday], tm.tm_mday, months[tm.tm_mon],
	    (tm.tm_year + 1900) % 10000, tm.tm_hour, tm.tm_min, tm.tm_sec);
}

int
httpdate_parse(const char *s, time_t *out)
{
	struct tm	 tm;
	int		 d, y, h, mi, se, mo;

	/* "Sun, 06 Nov 1994 08:49:37 GMT" */
	if (strlen(s) != 29 || s[3] != ',' || s[4] != ' ' || s[7] != ' ' ||
	    s[11] != ' ' || s[16] != ' ' || s[19] != ':' || s[22] != ':' ||
	    strcmp(s + 25, " GMT") != 0 ||
	    digits(s + 5, 2, &d) || digits(s + 12, 4, &y) ||
	    digits(s + 17, 2, &h) || digits(s + 20, 2, &mi) ||
	    digits(s + 23, 2, &se))
		return -1;
	for (mo = 0; mo < 12; mo++)
		if (strncmp(s + 8, months[mo], 3) == 0)
			break;
	if (mo == 12 || d < 1 || d > 31 || h > 23 || mi > 59 || se > 60)
		return -1;
	memset(&tm, 0, sizeof(tm));
	tm.tm_year = y - 1900;
	tm.tm_mon = mo;
	tm.tm_mday = d;
	tm.tm_hour = h;
	tm.tm_min = mi;
	tm.tm_sec = se;
	*out = timegm(&tm);
	return 0;
}

uint64_t
hash_fnv1a(const void *p, size_t n, uint64_t h)
{
	const unsigned char *s = p;

	while (n-- > 0) {
		h ^= *s++;
		h *= 0x100000001b3ULL;
	}
	return h;
}

/*
 * A visitor's words as a MariaDB boolean full-text expression: every
 * word required, as a prefix ("+abeille* +miel*").  Only letters and
 * digits (any byte of a UTF-8 sequence counts as a letter) make words:
 * the operators of the syntax can never come from the visitor.  Words
 * under three bytes are not indexed and are left out.  Returns the
 * number of words kept.
 */
int
search_terms(const char *q, char *out, size_t sz)
{
	const unsigned char *p = (const unsigned char *)q, *w;
	size_t		 o = 0, n;
	int		 words = 0;

	if (sz == 0)
		return 0;
	out[0] = '\0';
	while (*p != '\0') {
		while (*p != '\0' && !(*p >= 0x80 || isalnum(*p)))
			p++;
		for (w = p; *p >= 0x80 || isalnum(*p); p++)
			;
		n = (size_t)(p - w);
		if (n < 3)
			continue;
		if (o + n + 4 >= sz || words == 16)
			break;
		out[o++] = words ? ' ' : '+';
		if (words)
			out[o++] = '+';
		memcpy(out + o, w, n);
		o += n;
		out[o++] = '*';
		out[o] = '\0';
		words++;
	}
	return words;
}

/*
 * A URL slug from a name: lowercase ASCII, French accents folded
 * ("Écoles" -> "ecoles", "œuvre" -> "oeuvre"), any other run of
 * characters a single hyphen.  Returns its length (0: nothing usable).
 */
size_t
slugify(const char *in, char *out, size_t sz)
{
	static const struct { unsigned char b2; const char *ascii; } c3[] = {
		{ 0x80, "a" }, { 0x81, "a" }, { 0x82, "a" }, { 0x83, "a" },
		{ 0x84, "a" }, { 0x85, "a" }, { 0x86, "ae" }, { 0x87, "c" },
		{ 0x88, "e" }, { 0x89, "e" }, { 0x8a, "e" }, { 0x8b, "e" },
		{ 0x8c, "i" }, { 0x8d, "i" }, { 0x8e, "i" }, { 0x8f, "i" },
		{ 0x91, "n" }, { 0x92, "o" }, { 0x93, "o" }, { 0x94, "o" },
		{ 0x95, "o" }, { 0x96, "o" }, { 0x98, "o" }, { 0x99, "u" },
		{ 0x9a, "u" }, { 0x9b, "u" }, { 0x9c, "u" }, { 0x9d, "y" },
		{ 0x9f, "ss" },
	};
	const unsigned char *p = (const unsigned char *)in;
	const char	*rep;
	size_t		 o = 0, i, n;
	int		 hyphen = 1;
	char		 one[2] = { 0, 0 };

	if (sz == 0)
		return 0;
	while (*p != '\0') {
		rep = NULL;
		if ((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9')) {
			one[0] = (char)*p++;
			rep = one;
		} else if (*p >= 'A' && *p <= 'Z') {
			one[0] = (char)(*p++ - 'A' + 'a');
			rep = one;
		} else if (*p == 0xc3 && p[1] != '\0') {
			/* Upper-case letters are 0x20 below their lower case. */
			unsigned char b = p[1] < 0xa0 ? p[1] : (unsigned char)(p[1] - 0x20);

			for (i = 0; i < sizeof(c3) / sizeof(c3[0]); i++)
				if (c3[i].b2 == b)
					rep = c3[i].ascii;
			if (p[1] == 0xbf)	/* ÿ, whose upper case is not here */
				rep = "y";
			p += 2;
		} else if (*p == 0xc5 && (p[1] == 0x92 || p[1] == 0x93)) {
			rep = "oe";
			p += 2;
		} else
			p++;
		if (rep == NULL) {
			if (!hyphen && o + 1 < sz) {
				out[o++] = '-';
				hyphen = 1;
			}
			continue;
		}
		n = strlen(rep);
		if (o + n >= sz)
			break;
		memcpy(out + o, rep, n);
		o += n;
		hyphen = 0;
	}
	while (o > 0 && out[o - 1] == '-')
		o--;
	out[o] = '\0';
	return o;
}

/* Writes all of a buffer to a descriptor, through interrupted writes. */
int
write_all(int fd, const void *b, size_t n)
{
	const char	*p = b;
	ssize_t		 w;

	while (n > 0) {
		if ((w = write(fd, p, n)) == -1) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		p += w;
		n -= (size_t)w;
	}
	return 0;
}
