/*
 * multipart/form-data, read as a stream (see multipart.h).
 *
 * A part's data ends at the delimiter CRLF "--" boundary.  The boundary
 * holds no CR (RFC 2046 bchars, checked by mp_boundary), so the only CR
 * of the delimiter is its first byte: when a partial match fails, the
 * bytes matched so far are all data and the match starts again at the
 * byte that failed it.  Those bytes are delim[0..match), so a match cut
 * across two chunks needs no copy of the previous chunk.
 */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "multipart.h"

static const char *const errors[] = {
	[MP_OK] = "no error",
	[MP_ERR_BOUNDARY] = "no valid boundary in the Content-Type",
	[MP_ERR_PREAMBLE] = "no boundary at the start of the body",
	[MP_ERR_SYNTAX] = "a line without CRLF, or junk after a boundary",
	[MP_ERR_HEADER] = "a part header too long, too many, or not form-data",
	[MP_ERR_TRUNCATED] = "the body ends before its closing boundary",
	[MP_ERR_ABORTED] = "stopped by the reader",
};

const char *
mp_strerror(enum mp_error e)
{
	return (size_t)e < sizeof(errors) / sizeof(errors[0]) ? errors[e] :
	    "unknown error";
}

static int
is_space(char c)
{
	return c == ' ' || c == '\t';
}

/* RFC 2046 bchars: what a boundary may hold (a space, but not last). */
static int
is_bchar(char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
	    (c >= 'A' && c <= 'Z') || strchr("'()+_,-./:=? ", c) != NULL;
}

static const char *
skip_space(const char *s)
{
	while (is_space(*s))
		s++;
	return s;
}

/*
 * A parameter's value at *sp: a token, or a quoted string whose \" and
 * \\ stand for " and \ (a lone backslash is itself: browsers do not
 * escape it).  Copied to out (NULL: skipped).  Returns its length, or -1
 * when it is unterminated or does not fit.
 */
static int
param_value(const char **sp, char *out, size_t outsz)
{
	const char	*s = *sp;
	size_t		 n = 0;
	char		 c;

	if (*s == '"') {
		for (s++; *s != '"'; s++) {
			if (*s == '\0')
				return -1;
			c = *s;
			if (c == '\\' && (s[1] == '"' || s[1] == '\\'))
				c = *++s;
			if (out != NULL) {
				if (n + 1 >= outsz)
					return -1;
				out[n] = c;
			}
			n++;
		}
		s++;
	} else
		for (; *s != '\0' && *s != ';' && !is_space(*s); s++) {
			if (out != NULL) {
				if (n + 1 >= outsz)
					return -1;
				out[n] = *s;
			}
			n++;
		}
	if (out != NULL)
		out[n] = '\0';
	*sp = s;
	return (int)n;
}

/*
 * Walks "; a=1; b="2"" after a media type or disposition type, giving
 * each parameter to `fn`.  -1 on a syntax error or when `fn` says so.
 */
typedef int (*param_fn)(void *, const char *name, size_t nlen,
    const char **value);

static int
params(const char *s, param_fn fn, void *arg)
{
	const char	*name;
	size_t		 nlen;

	for (;;) {
		s = skip_space(s);
		if (*s == '\0')
			return 0;
		if (*s++ != ';')
			return -1;
		s = skip_space(s);
		if (*s == '\0')
			return 0;	/* a trailing ";" */
		name = s;
		while (*s != '\0' && *s != '=' && *s != ';' && !is_space(*s))
			s++;
		if ((nlen = (size_t)(s - name)) == 0)
			return -1;
		s = skip_space(s);
		if (*s++ != '=')
			return -1;
		s = skip_space(s);
		if (fn(arg, name, nlen, &s) == -1)
			return -1;
	}
}

/* "type/subtype" (or a bare type) at the start of s, case aside. */
static const char *
media_type(const char *s, const char *type)
{
	size_t	 n = strlen(type);

	s = skip_space(s);
	if (strncasecmp(s, type, n) != 0)
		return NULL;
	s += n;
	if (*s != '\0' && *s != ';' && !is_space(*s))
		return NULL;
	return s;
}

struct boundary_arg {
	char	*out;
	int	 found;
};

static int
boundary_param(void *arg, const char *name, size_t nlen, const char **vp)
{
	struct boundary_arg *b = arg;
	int		 n;
	size_t		 i;

	if (nlen != 8 || strncasecmp(name, "boundary", 8) != 0)
		return param_value(vp, NULL, 0) == -1 ? -1 : 0;
	if (b->found++)
		return -1;	/* two boundaries: which one? */
	if ((n = param_value(vp, b->out, MP_BOUNDARY_MAX + 1)) < 1)
		return -1;
	for (i = 0; i < (size_t)n; i++)
		if (!is_bchar(b->out[i]))
			return -1;
	return b->out[n - 1] == ' ' ? -1 : 0;
}

int
mp_boundary(const char *ct, char out[MP_BOUNDARY_MAX + 1])
{
	struct boundary_arg b = { out, 0 };
	const char	*s;

	if (ct == NULL || (s = media_type(ct, "multipart/form-data")) == NULL)
		return -1;
	if (params(s, boundary_param, &b) == -1 || !b.found)
		return -1;
	return 0;
}

int
mp_init(struct multipart *mp, const char *ct, const struct mp_callbacks *cb,
    void *arg)
{
	char	 b[MP_BOUNDARY_MAX + 1];

	memset(mp, 0, sizeof(*mp));
	mp->cb = cb;
	mp->arg = arg;
	if (mp_boundary(ct, b) == -1) {
		mp->state = MP_FAILED;
		mp->error = MP_ERR_BOUNDARY;
		return -1;
	}
	mp->dlen = (size_t)snprintf(mp->delim, sizeof(mp->delim), "\r\n--%s",
	    b);
	/* The first boundary may open the body: as if a CRLF came before. */
	mp->state = MP_PREAMBLE;
	mp->match = 2;
	return 0;
}

static int
fail(struct multipart *mp, enum mp_error e)
{
	mp->state = MP_FAILED;
	mp->error = e;
	return -1;
}

static int
emit(struct multipart *mp, const char *s, size_t n)
{
	if (n == 0 || mp->cb->data == NULL || mp->cb->data(mp->arg, s, n) == 0)
		return 0;
	return fail(mp, MP_ERR_ABORTED);
}

/* A whole delimiter was read: the part before it (if any) ends. */
static int
delimiter(struct multipart *mp, int ends_part)
{
	mp->match = 0;
	mp->count = 0;
	mp->state = MP_AFTER;
	if (ends_part && mp->cb->end != NULL && mp->cb->end(mp->arg) != 0)
		return fail(mp, MP_ERR_ABORTED);
	return 0;
}

/* Before the first boundary: a bounded preamble, thrown away. */
static const char *
preamble(struct multipart *mp, const char *p, const char *end)
{
	while (p < end) {
		/* Every byte counts, or "\r\n-" repeated would never end. */
		if (++mp->count > MP_PREAMBLE_MAX + mp->dlen) {
			fail(mp, MP_ERR_PREAMBLE);
			return end;
		}
		if (*p == mp->delim[mp->match]) {
			p++;
			if (++mp->match == mp->dlen) {
				delimiter(mp, 0);
				return p;
			}
		} else if (mp->match > 0) {
			mp->match = 0;
			mp->count--;	/* this byte again, from the start */
		} else
			p++;
	}
	return p;
}

/*
 * A part's data.  `run` is where the bytes not yet given start; a match
 * that began in this chunk starts at `mstart`, one that began in an
 * earlier chunk (mstart NULL) holds delim[0..match) from there.
 */
static const char *
data(struct multipart *mp, const char *p, const char *end)
{
	const char	*run = p, *mstart = NULL, *cr;

	while (p < end) {
		if (mp->match == 0) {
			cr = memchr(p, '\r', (size_t)(end - p));
			if (cr == NULL) {
				p = end;
				break;
			}
			mstart = cr;
			mp->match = 1;
			p = cr + 1;
			continue;
		}
		if (*p == mp->delim[mp->match]) {
			p++;
			if (++mp->match < mp->dlen)
				continue;
			if (mstart != NULL && emit(mp, run,
			    (size_t)(mstart - run)) == -1)
				return end;
			delimiter(mp, 1);
			return p;
		}
		/* Not a delimiter after all: what matched is data. */
		if (mstart == NULL) {
			if (emit(mp, mp->delim, mp->match) == -1)
				return end;
			run = p;
		}
		mp->match = 0;
		mstart = NULL;
	}
	if (mp->match == 0)
		emit(mp, run, (size_t)(end - run));
	else if (mstart != NULL)
		emit(mp, run, (size_t)(mstart - run));
	return end;
}

struct disposition_arg {
	struct mp_part	*part;
	int		 named;
};

static int
disposition_param(void *arg, const char *name, size_t nlen, const char **vp)
{
	struct disposition_arg *d = arg;
	struct mp_part	*pt = d->part;

	if (nlen == 4 && strncasecmp(name, "name", 4) == 0) {
		if (d->named++)
			return -1;
		return param_value(vp, pt->name, sizeof(pt->name)) < 1 ? -1 : 0;
	}
	if (nlen == 8 && strncasecmp(name, "filename", 8) == 0) {
		if (pt->has_filename++)
			return -1;
		return param_value(vp, pt->filename, sizeof(pt->filename)) ==
		    -1 ? -1 : 0;
	}
	/* filename* (RFC 7578 says not to send it) and the like. */
	return param_value(vp, NULL, 0) == -1 ? -1 : 0;
}

/* One header line of a part, CRLF removed. */
static int
header(struct multipart *mp)
{
	struct disposition_arg d = { &mp->part, 0 };
	char		*v, *e;
	size_t		 i;

	if (++mp->nheaders > MP_HEADERS_MAX)
		return fail(mp, MP_ERR_HEADER);
	/* No folded lines, no space before the colon (RFC 7230 3.2.4). */
	if ((v = strchr(mp->line, ':')) == NULL || v == mp->line ||
	    is_space(mp->line[0]) || is_space(v[-1]))
		return fail(mp, MP_ERR_HEADER);
	*v++ = '\0';
	v = (char *)skip_space(v);
	e = v + strlen(v);
	while (e > v && is_space(e[-1]))
		*--e = '\0';
	if (strcasecmp(mp->line, "Content-Disposition") == 0) {
		const char	*s = media_type(v, "form-data");

		if (mp->disposition++ || s == NULL ||
		    params(s, disposition_param, &d) == -1 || !d.named)
			return fail(mp, MP_ERR_HEADER);
	} else if (strcasecmp(mp->line, "Content-Type") == 0) {
		if (strlen(v) >= sizeof(mp->part.type))
			return fail(mp, MP_ERR_HEADER);
		for (i = 0; v[i] != '\0'; i++)
			mp->part.type[i] = (char)(v[i] >= 'A' && v[i] <= 'Z' ?
			    v[i] + 'a' - 'A' : v[i]);
		mp->part.type[i] = '\0';
	}
	/* Other headers (Content-Transfer-Encoding…) change nothing here. */
	return 0;
}

/* One byte between parts: after a boundary, or in the headers. */
static int
byte(struct multipart *mp, char c)
{
	unsigned char	 u = (unsigned char)c;

	switch (mp->state) {
	case MP_AFTER:
		if (c == '-' && mp->count == 0)
			mp->state = MP_AFTER_DASH;
		else if (c == '\r')
			mp->state = MP_AFTER_CR;
		else if (is_space(c) && ++mp->count <= MP_PADDING_MAX)
			;	/* transport padding */
		else
			return fail(mp, MP_ERR_SYNTAX);
		return 0;
	case MP_AFTER_DASH:
		if (c != '-')
			return fail(mp, MP_ERR_SYNTAX);
		mp->state = MP_EPILOGUE;
		return 0;
	case MP_AFTER_CR:
		if (c != '\n')
			return fail(mp, MP_ERR_SYNTAX);
		memset(&mp->part, 0, sizeof(mp->part));
		mp->llen = 0;
		mp->nheaders = 0;
		mp->disposition = 0;
		mp->state = MP_HEADER;
		return 0;
	case MP_HEADER:
		if (c == '\r') {
			mp->state = MP_HEADER_CR;
			return 0;
		}
		if (c == '\n')
			return fail(mp, MP_ERR_SYNTAX);
		if ((u < 0x20 && c != '\t') || u == 0x7f ||
		    mp->llen == MP_LINE_MAX)
			return fail(mp, MP_ERR_HEADER);
		mp->line[mp->llen++] = c;
		return 0;
	case MP_HEADER_CR:
		if (c != '\n')
			return fail(mp, MP_ERR_SYNTAX);
		mp->state = MP_HEADER;
		if (mp->llen > 0) {
			mp->line[mp->llen] = '\0';
			mp->llen = 0;
			return header(mp);
		}
		/* The blank line: the part's data follows. */
		if (!mp->disposition)
			return fail(mp, MP_ERR_HEADER);
		mp->state = MP_DATA;
		mp->match = 0;
		if (mp->cb->part != NULL && mp->cb->part(mp->arg, &mp->part) != 0)
			return fail(mp, MP_ERR_ABORTED);
		return 0;
	default:
		return fail(mp, MP_ERR_SYNTAX);
	}
}

int
mp_feed(struct multipart *mp, const char *s, size_t n)
{
	const char	*end = s + n;

	while (s < end && mp->state != MP_FAILED) {
		switch (mp->state) {
		case MP_PREAMBLE:
			s = preamble(mp, s, end);
			break;
		case MP_DATA:
			s = data(mp, s, end);
			break;
		case MP_EPILOGUE:
			/* After the closing boundary: nothing of ours. */
			return 0;
		default:
			byte(mp, *s++);
			break;
		}
	}
	return mp->state == MP_FAILED ? -1 : 0;
}

int
mp_finish(struct multipart *mp)
{
	if (mp->state == MP_EPILOGUE)
		return 0;
	if (mp->state != MP_FAILED)
		fail(mp, MP_ERR_TRUNCATED);
	return -1;
}
