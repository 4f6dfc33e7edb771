#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "response.h"
#include "util.h"

/* Pages load only our own styles, scripts and images (and images from
 * https sites, for pictures in articles); nobody frames them. */
#define CSP "default-src 'self'; img-src 'self' https: data:; " \
	"style-src 'self'; script-src 'self'; object-src 'none'; " \
	"base-uri 'self'; form-action 'self'; frame-src 'self'; frame-ancestors "

void
response_init(struct response *r)
{
	memset(r, 0, sizeof(*r));
	r->status = 200;
	buf_init(&r->body);
}

void
response_free(struct response *r)
{
	buf_free(&r->body);
	marks_free(&r->marks);
}

/* One more mark; -1 when out of memory or past MARKS_MAX. */
int
marks_add(struct marks *mk, enum mark_kind kind, size_t off, size_t len)
{
	struct mark	*m;
	size_t		 cap;

	if (mk->n == mk->cap) {
		if (mk->cap >= MARKS_MAX)
			return -1;
		cap = mk->cap == 0 ? 8 : mk->cap * 2;
		if ((m = realloc(mk->m, cap * sizeof(*m))) == NULL)
			return -1;
		mk->m = m;
		mk->cap = cap;
	}
	mk->m[mk->n].kind = kind;
	mk->m[mk->n].off = off;
	mk->m[mk->n++].len = len;
	return 0;
}

/* `dst` (freed first) becomes a copy of `src`; -1 when out of memory,
 * and then `dst` says the page was not searched. */
int
marks_copy(struct marks *dst, const struct marks *src)
{
	marks_free(dst);
	if (src->n > 0) {
		if ((dst->m = malloc(src->n * sizeof(*dst->m))) == NULL)
			return -1;
		memcpy(dst->m, src->m, src->n * sizeof(*dst->m));
	}
	dst->n = dst->cap = src->n;
	dst->found = src->found;
	return 0;
}

void
marks_free(struct marks *mk)
{
	free(mk->m);
	memset(mk, 0, sizeof(*mk));
}

const char *
status_text(int status)
{
	switch (status) {
	case 200: return "OK";
	case 301: return "Moved Permanently";
	case 302: return "Found";
	case 303: return "See Other";
	case 304: return "Not Modified";
	case 400: return "Bad Request";
	case 403: return "Forbidden";
	case 404: return "Not Found";
	case 405: return "Method Not Allowed";
	case 411: return "Length Required";
	case 413: return "Payload Too Large";
	case 414: return "URI Too Long";
	case 415: return "Unsupported Media Type";
	case 429: return "Too Many Requests";
	case 503: return "Service Unavailable";
	default: return "Internal Server Error";
	}
}

/* A strong validator from the bytes of the body. */
void
response_etag(struct response *r)
{
	uint64_t	 h;

	h = hash_fnv1a(r->body.data != NULL ? r->body.data : "",
	    r->body.len, HASH_FNV_SEED);
	h = hash_fnv1a(r->ctype, strlen(r->ctype), h);
	snprintf(r->etag, sizeof(r->etag), "\"%016llx\"",
	    (unsigned long long)h);
}

/* Does an If-None-Match list name our ETag?  (Weak comparison.) */
static int
etag_listed(const char *list, const char *etag)
{
	const char	*p = list;
	size_t		 n = strlen(etag);

	while (*p != '\0') {
		while (*p == ' ' || *p == ',' || *p == '\t')
			p++;
		if (*p == '*')
			return 1;
		if (strncmp(p, "W/", 2) == 0)
			p += 2;
		if (strncmp(p, etag, n) == 0 &&
		    (p[n] == '\0' || p[n] == ',' || p[n] == ' '))
			return 1;
		p += strcspn(p, ",");
	}
	return 0;
}

/* RFC 7232: If-None-Match wins over If-Modified-Since. */
int
response_not_modified(struct response *r, const char *inm, const char *ims)
{
	time_t	 t;

	if (r->status != 200)
		return 0;
	if (inm != NULL && r->etag[0] != '\0')
		return etag_listed(inm, r->etag);
	if (ims != NULL && r->last_modified != 0 &&
	    httpdate_parse(ims, &t) == 0)
		return r->last_modified <= t;
	return 0;
}

/*
 * A cookie of ours: HttpOnly, SameSite=Lax, Secure over https; a
 * max_age of 0 deletes it.  Names and values are our own tokens.
 */
void
response_cookie(struct response *r, const char *name, const char *value,
    long max_age)
{
	if (r->ncookies == 3)
		return;
	snprintf(r->cookies[r->ncookies++], sizeof(r->cookies[0]),
	    "%s=%s; Path=/; Max-Age=%ld; HttpOnly; SameSite=Lax%s", name, value,
	    max_age, r->secure ? "; Secure" : "");
}

/* Header values are ours, but a CR or LF must never split a header. */
static int
header_safe(const char *s)
{
	for (; *s != '\0'; s++)
		if ((unsigned char)*s < 0x20 || (unsigned char)*s >= 0x7f)
			return 0;
	return 1;
}

void
response_send(struct response *r, out_fn out, void *arg)
{
	struct buf	 h;
	char		 date[30];
	int		 i;

	buf_init(&h);
	buf_printf(&h, "Status: %d %s\r\n", r->status, status_text(r->status));
	if (r->ctype != NULL && r->status != 304)
		buf_printf(&h, "Content-Type: %s\r\n", r->ctype);
	if (r->download != NULL)
		buf_printf(&h, "Content-Disposition: attachment; "
		    "filename=\"%s\"\r\n", r->download);
	if (r->status != 304)
		buf_printf(&h, "Content-Length: %zu\r\n", r->body.len);
	if (r->location != NULL && header_safe(r->location))
		buf_printf(&h, "Location: %s\r\n", r->location);
	if (r->allow != NULL)
		buf_printf(&h, "Allow: %s\r\n", r->allow);
	if (r->etag[0] != '\0')
		buf_printf(&h, "ETag: %s\r\n", r->etag);
	if (r->last_modified != 0) {
		httpdate_format(r->last_modified, date);
		buf_printf(&h, "Last-Modified: %s\r\n", date);
	}
	if (r->max_age < 0 || r->status >= 500 || r->private_)
		buf_puts(&h, "Cache-Control: private, no-store\r\n");
	else
		buf_printf(&h, "Cache-Control: public, max-age=%d\r\n",
		    r->max_age);
	if (r->lang != NULL)
		buf_printf(&h, "Content-Language: %s\r\n", r->lang);
	if (r->set_lang != NULL)
		buf_printf(&h, "Set-Cookie: lang=%s; Path=/; "
		    "Max-Age=31536000; SameSite=Lax; HttpOnly%s\r\n",
		    r->set_lang, r->secure ? "; Secure" : "");
	for (i = 0; i < r->ncookies; i++)
		buf_printf(&h, "Set-Cookie: %s\r\n", r->cookies[i]);
	if (r->status == 503)
		buf_puts(&h, "Retry-After: 5\r\n");
	buf_puts(&h, "Vary: Cookie\r\n");
	/* Widgets are made to be framed by partners; nothing else is. */
	buf_printf(&h, "Content-Security-Policy: " CSP "%s\r\n",
	    r->frameable ? "*" : "'none'");
	buf_puts(&h, "X-Content-Type-Options: nosniff\r\n");
	if (!r->frameable)
		buf_puts(&h, "X-Frame-Options: DENY\r\n");
	if (r->cors)
		buf_puts(&h, "Access-Control-Allow-Origin: *\r\n");
	buf_puts(&h, "Referrer-Policy: strict-origin-when-cross-origin\r\n");
	buf_puts(&h, "Permissions-Policy: geolocation=(), camera=(), "
	    "microphone=(), interest-cohort=()\r\n");
	buf_puts(&h, "\r\n");
	if (!h.oom)
		out(arg, h.data, h.len);
	if (!r->head && r->status != 304 && r->body.len > 0)
		out(arg, r->body.data, r->body.len);
	buf_free(&h);
}
