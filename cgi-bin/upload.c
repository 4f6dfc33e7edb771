/*
 * Uploads: a multipart/form-data body read in chunks through the
 * streaming parser (multipart.c).  Text fields are gathered in memory,
 * bounded, and given to req_set(); files go straight to a temporary
 * file under <media dir>/tmp, once their first bytes said what they
 * are.  Nothing here trusts the browser's file name or Content-Type.
 *
 * Memory: every value and the table of files hang off req->scratch (a
 * list of pointers req_free() frees), so a request never leaks, whoever
 * forgets what.  Files: upload_cleanup() removes what was not kept.
 */
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "crypto.h"
#include "multipart.h"
#include "upload.h"
#include "util.h"

#define UPLOAD_CHUNK	 (64 * 1024)	/* bytes read at a time */
#define UPLOAD_SNIFF	 16		/* bytes that decide a file's type */
#define UPLOAD_MAX_PARTS REQ_MAX_PARAMS

/* What a request's uploads are: req->uploads points at files[0]. */
struct upload_set {
	struct upload	 files[UPLOAD_MAX_FILES];
	size_t		 nfiles;
};

enum sink {
	SINK_SKIP,	/* a field nobody reads: thrown away */
	SINK_TEXT,	/* a text field: gathered, then req_set() */
	SINK_FILE	/* a file field: to a temporary file, or refused */
};

/* The state of one upload_read(). */
struct reader {
	struct request	*r;
	const char	*dir;
	int		 member;	/* files may be written */
	int		 status;	/* an HTTP status that stops all */
	size_t		 nparts;
	enum sink	 sink;
	char		 name[MP_NAME_MAX];	/* the text field's name */
	struct buf	 text;		/* its value so far */
	size_t		 text_total;	/* every text field together */
	struct upload	*u;		/* the file being read */
	int		 fd;		/* its temporary file, or -1 */
	unsigned char	 head[UPLOAD_SNIFF];
	size_t		 nhead;
};

static const struct {
	const char	*mime;
	const char	*ext;
	enum key	 key;	/* the field that takes it */
} types[] = {
	{ "image/jpeg", "jpg", KEY_IMAGE },
	{ "image/png", "png", KEY_IMAGE },
	{ "image/gif", "gif", KEY_IMAGE },
	{ "image/webp", "webp", KEY_IMAGE },
	{ "application/pdf", "pdf", KEY_ATTACHMENT },
};
#define NTYPES (sizeof(types) / sizeof(types[0]))

/* Keeps a malloc'd pointer with the request: req_free() frees it. */
static int
scratch_keep(struct request *r, void *p)
{
	buf_put(&r->scratch, &p, sizeof(p));
	if (r->scratch.oom) {
		r->scratch.oom = 0;
		free(p);
		return -1;
	}
	return 0;
}

static void
hex_encode(const unsigned char *b, size_t n, char *out)
{
	static const char hex[] = "0123456789abcdef";
	size_t	 i;

	for (i = 0; i < n; i++) {
		out[2 * i] = hex[b[i] >> 4];
		out[2 * i + 1] = hex[b[i] & 15];
	}
	out[2 * n] = '\0';
}

/* 32 random hex digits (128 bits), or -1. */
static int
random_name(char out[33])
{
	unsigned char	 b[16];

	if (crypto_random(b, sizeof(b)) == -1)
		return -1;
	hex_encode(b, sizeof(b), out);
	return 0;
}

const char *
upload_sniff(const unsigned char *b, size_t n, const char **ext)
{
	size_t	 t;

	if (n >= 3 && memcmp(b, "\xff\xd8\xff", 3) == 0)
		t = 0;
	else if (n >= 8 && memcmp(b, "\x89PNG\r\n\x1a\n", 8) == 0)
		t = 1;
	else if (n >= 6 && (memcmp(b, "GIF87a", 6) == 0 ||
	    memcmp(b, "GIF89a", 6) == 0))
		t = 2;
	else if (n >= 12 && memcmp(b, "RIFF", 4) == 0 &&
	    memcmp(b + 8, "WEBP", 4) == 0)
		t = 3;
	else if (n >= 5 && memcmp(b, "%PDF-", 5) == 0)
		t = 4;
	else
		return NULL;
	if (ext != NULL)
		*ext = types[t].ext;
	return types[t].mime;
}

/* C1 controls (U+0080-009F), and the bidirectional overrides and
 * isolates (U+202A-202E, U+2066-2069) that make "gpj.exe" read "exe.jpg". */
static int
bidi_or_c1(const char *s)
{
	const unsigned char *u = (const unsigned char *)s;

	return (u[0] == 0xc2 && u[1] < 0xa0) || (u[0] == 0xe2 &&
	    ((u[1] == 0x80 && u[2] >= 0xaa && u[2] <= 0xae) ||
	    (u[1] == 0x81 && u[2] >= 0xa6 && u[2] <= 0xa9)));
}

/*
 * The browser's file name, for display only: what follows the last
 * slash or backslash (old browsers sent whole paths), valid UTF-8
 * without control characters, at most 255 bytes, cut between
 * characters.  Invalid bytes and controls are dropped.
 */
static void
display_name(char out[256], const char *in)
{
	const char	*s, *p;
	size_t		 o = 0, n;
	unsigned char	 c;

	for (s = p = in; *p != '\0'; p++)
		if (*p == '/' || *p == '\\')
			s = p + 1;
	while (*s != '\0') {
		c = (unsigned char)*s;
		n = c < 0x80 ? 1 : c >= 0xc2 && c <= 0xdf ? 2 :
		    c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
		if (n == 0 || strnlen(s, n) < n || !utf8_valid(s, n) ||
		    c < 0x20 || c == 0x7f || bidi_or_c1(s)) {
			s++;	/* invalid, or a control */
			continue;
		}
		if (o + n > 255)
			break;
		memcpy(out + o, s, n);
		o += n;
		s += n;
	}
	out[o] = '\0';
}

static struct upload_set *
set_of(const struct request *r)
{
	/* files is the first member: the pointer converts back. */
	return (struct upload_set *)(void *)r->uploads;
}

const struct upload *
upload_get(const struct request *r, enum key k)
{
	struct upload_set *set = set_of(r);
	size_t		 i;

	if (set == NULL)
		return NULL;
	for (i = 0; i < set->nfiles; i++)
		if (set->files[i].key == k)
			return &set->files[i];
	return NULL;
}

/* A new file of the request, or NULL when there are enough already. */
static struct upload *
file_add(struct reader *rd, enum key k)
{
	struct upload_set *set = set_of(rd->r);
	struct upload	*u;

	if (set == NULL) {
		if ((set = calloc(1, sizeof(*set))) == NULL ||
		    scratch_keep(rd->r, set) == -1) {
			rd->status = 500;
			return NULL;
		}
		rd->r->uploads = &set->files[0];
	}
	if (set->nfiles == UPLOAD_MAX_FILES || upload_get(rd->r, k) != NULL)
		return NULL;	/* one file per field: the first */
	u = &set->files[set->nfiles++];
	memset(u, 0, sizeof(*u));
	u->key = k;
	return u;
}

static void
file_forget(struct reader *rd)
{
	struct upload_set *set = set_of(rd->r);

	set->nfiles--;
	rd->u = NULL;
}

static void
file_unlink(struct reader *rd)
{
	if (rd->fd != -1) {
		close(rd->fd);
		rd->fd = -1;
	}
	if (rd->u != NULL && rd->u->tmp[0] != '\0') {
		unlink(rd->u->tmp);
		rd->u->tmp[0] = '\0';
	}
}

static int
mkdir_ok(const char *path)
{
	return mkdir(path, 0750) == 0 || errno == EEXIST ? 0 : -1;
}

/* <dir>/tmp/<random>.part, never an existing file or a link. */
static int
tmp_open(struct reader *rd)
{
	char	 name[33], path[512];
	int	 fd, tries;

	for (tries = 0; tries < 2; tries++) {
		if (random_name(name) == -1)
			return -1;
		if ((size_t)snprintf(rd->u->tmp, sizeof(rd->u->tmp),
		    "%s/tmp/%s.part", rd->dir, name) >= sizeof(rd->u->tmp)) {
			rd->u->tmp[0] = '\0';
			return -1;
		}
		fd = open(rd->u->tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW |
		    O_CLOEXEC, 0640);
		if (fd != -1)
			return fd;
		rd->u->tmp[0] = '\0';
		if (errno != ENOENT)
			return -1;
		/* The first upload of an instance: make the folders. */
		snprintf(path, sizeof(path), "%s/tmp", rd->dir);
		if (mkdir_ok(rd->dir) == -1 || mkdir_ok(path) == -1)
			return -1;
	}
	return -1;
}

/* The first bytes are in: the type is known, the file starts. */
static int
file_start(struct reader *rd)
{
	struct upload	*u = rd->u;
	const char	*mime, *ext;
	size_t		 t;

	if ((mime = upload_sniff(rd->head, rd->nhead, &ext)) == NULL) {
		u->error = UPLOAD_BAD_TYPE;
		return 0;
	}
	for (t = 0; t < NTYPES; t++)
		if (strcmp(types[t].mime, mime) == 0)
			break;
	if (types[t].key != u->key) {
		u->error = UPLOAD_BAD_TYPE;
		return 0;
	}
	u->mime = mime;
	u->ext = ext;
	if ((rd->fd = tmp_open(rd)) == -1 ||
	    write_all(rd->fd, rd->head, rd->nhead) == -1) {
		fprintf(stderr, "echosciences: upload under %s: %s\n", rd->dir,
		    strerror(errno));
		file_unlink(rd);
		rd->status = 500;
		return -1;
	}
	return 0;
}

static size_t
file_limit(enum key k)
{
	return k == KEY_ATTACHMENT ? UPLOAD_MAX_PDF : UPLOAD_MAX_IMAGE;
}

static int
file_data(struct reader *rd, const char *s, size_t n)
{
	struct upload	*u = rd->u;
	size_t		 take;

	u->size += n;
	if (u->error != UPLOAD_OK)
		return 0;	/* refused: the rest is read and dropped */
	if (u->size > file_limit(u->key)) {
		file_unlink(rd);
		u->error = UPLOAD_TOO_LARGE;
		return 0;
	}
	if (rd->fd == -1) {
		take = UPLOAD_SNIFF - rd->nhead;
		if (take > n)
			take = n;
		memcpy(rd->head + rd->nhead, s, take);
		rd->nhead += take;
		s += take;
		n -= take;
		if (rd->nhead < UPLOAD_SNIFF)
			return 0;
		if (file_start(rd) == -1)
			return -1;
		if (u->error != UPLOAD_OK)
			return 0;
	}
	if (n > 0 && write_all(rd->fd, s, n) == -1) {
		fprintf(stderr, "echosciences: upload %s: %s\n", u->tmp,
		    strerror(errno));
		file_unlink(rd);
		rd->status = 500;
		return -1;
	}
	return 0;
}

/* The file's part is over: the field is set, present or invalid. */
static int
file_end(struct reader *rd)
{
	struct upload	*u = rd->u;
	struct kval	*v = &rd->r->in[u->key];

	if (u->size == 0 && u->name[0] == '\0') {
		/* An <input type=file> left empty: no file at all. */
		file_forget(rd);
		return 0;
	}
	if (u->error == UPLOAD_OK && u->size == 0)
		u->error = UPLOAD_EMPTY;
	else if (u->error == UPLOAD_OK && rd->fd == -1 &&
	    file_start(rd) == -1)	/* under UPLOAD_SNIFF bytes */
		return -1;
	if (rd->fd != -1) {
		if (close(rd->fd) == -1) {
			rd->fd = -1;
			file_unlink(rd);
			rd->status = 500;
			return -1;
		}
		rd->fd = -1;
	}
	memset(v, 0, sizeof(*v));
	v->s = u->name;
	v->len = strlen(u->name);
	v->i = (long long)u->size;
	if (u->error == UPLOAD_OK)
		v->present = 1;
	else
		v->invalid = 1;
	rd->u = NULL;
	return 0;
}

static int
on_part(void *arg, const struct mp_part *pt)
{
	struct reader	*rd = arg;
	int		 k = req_key(pt->name);

	if (++rd->nparts > UPLOAD_MAX_PARTS) {
		rd->status = 400;
		return -1;
	}
	rd->sink = SINK_SKIP;
	if (pt->has_filename) {
		/* Files only where a form takes one. */
		if ((k != KEY_IMAGE && k != KEY_ATTACHMENT) ||
		    (rd->u = file_add(rd, (enum key)k)) == NULL)
			return rd->status != 0 ? -1 : 0;
		display_name(rd->u->name, pt->filename);
		if (!rd->member)
			rd->u->error = UPLOAD_REFUSED;
		rd->nhead = 0;
		rd->sink = SINK_FILE;
	} else if (k != -1) {
		snprintf(rd->name, sizeof(rd->name), "%s", pt->name);
		buf_init(&rd->text);
		rd->sink = SINK_TEXT;
	}
	return 0;
}

static int
on_data(void *arg, const char *s, size_t n)
{
	struct reader	*rd = arg;

	switch (rd->sink) {
	case SINK_TEXT:
		if (rd->text.len + n > REQ_MAX_BODY ||
		    rd->text_total + n > REQ_MAX_BODY) {
			rd->status = 413;
			return -1;
		}
		rd->text_total += n;
		buf_put(&rd->text, s, n);
		if (rd->text.oom) {
			rd->status = 500;
			return -1;
		}
		return 0;
	case SINK_FILE:
		return file_data(rd, s, n);
	default:
		return 0;
	}
}

static int
on_end(void *arg)
{
	static char	 empty[1];
	struct reader	*rd = arg;
	char		*v = empty;
	size_t		 len = rd->text.len;

	switch (rd->sink) {
	case SINK_TEXT:
		/* The value lives as long as the request. */
		if (rd->text.data != NULL) {
			v = rd->text.data;
			buf_init(&rd->text);
			if (scratch_keep(rd->r, v) == -1) {
				rd->status = 500;
				return -1;
			}
		}
		rd->sink = SINK_SKIP;
		if (req_set(rd->r, rd->name, v, len) != REQERR_NONE) {
			rd->status = 400;
			return -1;
		}
		return 0;
	case SINK_FILE:
		rd->sink = SINK_SKIP;
		return file_end(rd);
	default:
		return 0;
	}
}

static const struct mp_callbacks callbacks = { on_part, on_data, on_end };

/* Every temporary file of the request goes. */
static void
files_unlink(struct request *r)
{
	struct upload_set *set = set_of(r);
	size_t		 i;

	for (i = 0; set != NULL && i < set->nfiles; i++)
		if (set->files[i].tmp[0] != '\0') {
			unlink(set->files[i].tmp);
			set->files[i].tmp[0] = '\0';
		}
}

int
upload_read_as(struct request *r, const char *ct, long long len, in_fn in,
    void *inarg, const char *dir, int member)
{
	struct reader	 rd;
	struct multipart mp;
	char		*chunk;
	long long	 got = 0;
	size_t		 n, want;
	int		 status = 0;

	if (ct == NULL || strncasecmp(ct, "multipart/form-data", 19) != 0)
		return 415;
	if (len < 0)
		return 400;
	if (len > UPLOAD_MAX_BODY)
		return 413;	/* before a single byte is read */
	memset(&rd, 0, sizeof(rd));
	rd.r = r;
	rd.dir = dir;
	rd.member = member;
	rd.fd = -1;
	buf_init(&rd.text);
	if (mp_init(&mp, ct, &callbacks, &rd) == -1)
		return 400;
	if ((chunk = malloc(UPLOAD_CHUNK)) == NULL)
		return 500;
	while (got < len) {
		want = len - got > UPLOAD_CHUNK ? UPLOAD_CHUNK :
		    (size_t)(len - got);
		if ((n = in(inarg, chunk, want)) == 0)
			break;	/* the body ends short of its length */
		got += (long long)n;
		if (mp_feed(&mp, chunk, n) == -1)
			break;
	}
	free(chunk);
	if (rd.status != 0)
		status = rd.status;
	else if (got < len || mp_finish(&mp) == -1)
		status = 400;
	/* A part cut short leaves its file open and its text unkept. */
	file_unlink(&rd);
	buf_free(&rd.text);
	if (status != 0)
		files_unlink(r);
	return status;
}

int
upload_read(struct request *r, const char *ct, long long len, in_fn in,
    void *inarg, const char *dir)
{
	return upload_read_as(r, ct, len, in, inarg, dir, 1);
}

const char *
upload_keep(struct request *r, enum key k, const char *dir)
{
	struct upload	*u = (struct upload *)upload_get(r, k);
	char		 name[33], path[512];

	if (u == NULL || u->error != UPLOAD_OK)
		return NULL;
	if (u->url[0] != '\0')
		return u->url;
	if (u->tmp[0] == '\0' || random_name(name) == -1)
		return NULL;
	/* 256 folders, so that none grows too large. */
	if ((size_t)snprintf(path, sizeof(path), "%s/%.2s", dir, name) >=
	    sizeof(path) || mkdir_ok(path) == -1)
		return NULL;
	if ((size_t)snprintf(path, sizeof(path), "%s/%.2s/%s.%s", dir, name,
	    name, u->ext) >= sizeof(path) || rename(u->tmp, path) == -1) {
		fprintf(stderr, "echosciences: keeping %s: %s\n", u->tmp,
		    strerror(errno));
		return NULL;
	}
	u->tmp[0] = '\0';
	snprintf(u->url, sizeof(u->url), "/media/%.2s/%s.%s", name, name,
	    u->ext);
	return u->url;
}

static int
hex_lower(const char *s, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' &&
		    s[i] <= 'f')))
			return 0;
	return 1;
}

/*
 * Only "/media/ab/ab<30 more hex>.<ext>" as upload_keep() made it: no
 * other folder, no "..", nothing that could name another file.  A file
 * already gone counts as removed.
 */
int
media_remove(const char *dir, const char *url)
{
	const char	*f;
	char		 path[512];
	size_t		 t;

	if (url == NULL || strncmp(url, "/media/", 7) != 0)
		return -1;
	f = url + 7;
	if (!hex_lower(f, 2) || f[2] != '/' || !hex_lower(f + 3, 32) ||
	    strncmp(f, f + 3, 2) != 0 || f[35] != '.')
		return -1;
	for (t = 0; t < NTYPES; t++)
		if (strcmp(f + 36, types[t].ext) == 0)
			break;
	if (t == NTYPES)
		return -1;
	if ((size_t)snprintf(path, sizeof(path), "%s/%s", dir, f) >=
	    sizeof(path))
		return -1;
	if (unlink(path) == -1 && errno != ENOENT)
		return -1;
	return 0;
}

void
upload_cleanup(struct request *r)
{
	/* The memory is the request's (req->scratch): req_free() frees it. */
	files_unlink(r);
}

const char *
upload_error_code(const struct request *r, enum key k)
{
	const struct upload *u;

	if (!r->in[k].invalid)
		return NULL;
	if ((u = upload_get(r, k)) == NULL)
		return "invalid";
	switch (u->error) {
	case UPLOAD_TOO_LARGE:
		return "too-large";
	case UPLOAD_BAD_TYPE:
		return "bad-type";
	case UPLOAD_EMPTY:
		return "empty";
	case UPLOAD_REFUSED:
		return "refused";
	default:
		return "invalid";
	}
}
