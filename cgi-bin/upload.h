/*
 * Uploaded files: a multipart/form-data body read as a stream
 * (multipart.c), its text fields given to the request (req_set), its
 * files written as they come to a temporary file under the media folder,
 * their type decided by their first bytes, never by their name.
 *
 * A handler that accepts a file calls upload_keep() once the rest of the
 * form is valid: the file moves to its final, random name and its URL
 * (/media/ab/<random>.<ext>) is returned.  Whatever was not kept is
 * removed at the end of the request (upload_cleanup), so a refused form
 * leaves nothing behind.
 */
#ifndef UPLOAD_H
#define UPLOAD_H

#include <stddef.h>

#include "request.h"
#include "response.h"

#define UPLOAD_MAX_BODY	 (12 * 1024 * 1024)	/* a whole multipart body */
#define UPLOAD_MAX_IMAGE (5 * 1024 * 1024)
#define UPLOAD_MAX_PDF	 (10 * 1024 * 1024)
#define UPLOAD_MAX_FILES 4

enum upload_error {
	UPLOAD_OK,
	UPLOAD_TOO_LARGE,	/* over its kind's limit: "too-large" */
	UPLOAD_BAD_TYPE,	/* not what the field takes: "bad-type" */
	UPLOAD_EMPTY,		/* a file field with a name but no byte */
	UPLOAD_REFUSED		/* sent by a visitor not logged in: "refused" */
};

struct upload {
	enum key	 key;		/* KEY_IMAGE or KEY_ATTACHMENT */
	enum upload_error error;
	const char	*mime;		/* decided by content: image/jpeg… */
	const char	*ext;		/* jpg, png, gif, webp, pdf */
	size_t		 size;
	char		 name[256];	/* the browser's file name, for display */
	char		 tmp[512];	/* where it waits; "" once kept */
	char		 url[64];	/* once kept: /media/ab/<random>.<ext> */
};

/*
 * Reads a multipart/form-data body of `len` bytes from `in`: text
 * fields through req_set(), files under `media_dir`/tmp.  Sets
 * req->in[KEY_IMAGE] (and KEY_ATTACHMENT) present, or invalid when
 * the file was refused (see upload_get()->error).  Returns 0, or the
 * HTTP status of an unreadable body: 400 (broken, truncated), 413
 * (over UPLOAD_MAX_BODY), 415.
 */
int	 upload_read(struct request *, const char *content_type,
	    long long len, in_fn in, void *inarg, const char *media_dir);
/* The same; unless `member`, no file is ever written: a file field
 * is marked invalid (UPLOAD_REFUSED) and its bytes are thrown away. */
int	 upload_read_as(struct request *, const char *content_type,
	    long long len, in_fn in, void *inarg, const char *media_dir,
	    int member);

/* Why the file of a field was refused ("too-large", "bad-type", "empty",
 * "refused", "invalid"), or NULL when it was not. */
const char *upload_error_code(const struct request *, enum key);

/* The file sent for a field, or NULL. */
const struct upload *upload_get(const struct request *, enum key);

/* Moves the file of a valid field to its final name; NULL on failure. */
const char *upload_keep(struct request *, enum key, const char *media_dir);

/* Removes a kept file by its URL (/media/…): a replaced image, a
 * deleted account.  Refuses anything that is not such a URL. */
int	 media_remove(const char *media_dir, const char *url);

/* Removes every file of the request that was not kept. */
void	 upload_cleanup(struct request *);

/* The type of a file from its first bytes (at least 16): NULL if none
 * of ours.  Sets *ext. */
const char *upload_sniff(const unsigned char *, size_t, const char **ext);

#endif
