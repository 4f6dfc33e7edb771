/*
 * A streaming parser of multipart/form-data bodies (RFC 7578, RFC 2046
 * section 5.1).  The body is fed in chunks of any size, down to one
 * byte; the parser calls back for each part's headers, for its data in
 * pieces, and at its end.  It holds no more than one header line at a
 * time, allocates nothing and never recurses, so a body of any size
 * costs the same small, fixed memory.
 *
 * It is strict where browsers are regular: lines end with CRLF, a part
 * has a Content-Disposition of form-data with a name, header lines and
 * their number are bounded, a body must end with the closing boundary.
 * A body that breaks a rule stops the parser for good (mp_feed returns
 * -1 from then on) and says why in mp->error.
 */
#ifndef MULTIPART_H
#define MULTIPART_H

#include <stddef.h>

#define MP_BOUNDARY_MAX	 70	/* RFC 2046 */
#define MP_LINE_MAX	 1024	/* one header line */
#define MP_HEADERS_MAX	 8	/* header lines of a part */
#define MP_PREAMBLE_MAX	 1024	/* bytes before the first boundary */
#define MP_PADDING_MAX	 64	/* spaces after a boundary */
#define MP_NAME_MAX	 128	/* a field's name */
#define MP_TYPE_MAX	 128	/* a part's Content-Type */

enum mp_error {
	MP_OK,
	MP_ERR_BOUNDARY,	/* no usable boundary in the Content-Type */
	MP_ERR_PREAMBLE,	/* no boundary where the body starts */
	MP_ERR_SYNTAX,		/* a line without CRLF, junk after a boundary */
	MP_ERR_HEADER,		/* a header too long, too many, not form-data */
	MP_ERR_TRUNCATED,	/* the body ends before its closing boundary */
	MP_ERR_ABORTED		/* a callback said stop */
};

/* One part's headers, as the `part` callback sees them. */
struct mp_part {
	char	 name[MP_NAME_MAX];	/* the field's name, never empty */
	int	 has_filename;		/* a filename parameter, even "" */
	char	 filename[MP_LINE_MAX];	/* as sent: untrusted bytes */
	char	 type[MP_TYPE_MAX];	/* Content-Type, lowercase, or "" */
};

/* Each returns 0 to go on, anything else to stop (MP_ERR_ABORTED). */
struct mp_callbacks {
	int	(*part)(void *, const struct mp_part *);
	int	(*data)(void *, const char *, size_t);
	int	(*end)(void *);
};

enum mp_state {
	MP_PREAMBLE,	/* looking for the first boundary */
	MP_AFTER,	/* just after a boundary: "--", padding or CRLF */
	MP_AFTER_DASH,	/* "-" seen: the closing "--"? */
	MP_AFTER_CR,	/* CR seen after a boundary */
	MP_HEADER,	/* in a header line */
	MP_HEADER_CR,	/* CR seen in a header line */
	MP_DATA,	/* in a part's data */
	MP_EPILOGUE,	/* after the closing boundary: ignored */
	MP_FAILED
};

struct multipart {
	const struct mp_callbacks *cb;
	void		*arg;
	enum mp_state	 state;
	enum mp_error	 error;
	/* "\r\n--" and the boundary: what ends a part's data. */
	char		 delim[4 + MP_BOUNDARY_MAX + 1];
	size_t		 dlen;
	size_t		 match;		/* bytes of delim matched so far */
	size_t		 count;		/* preamble or padding bytes */
	char		 line[MP_LINE_MAX + 1];
	size_t		 llen;
	size_t		 nheaders;
	int		 disposition;	/* the part had a Content-Disposition */
	struct mp_part	 part;
};

/* The boundary of a "multipart/form-data; boundary=…" Content-Type. */
int	 mp_boundary(const char *content_type, char out[MP_BOUNDARY_MAX + 1]);
/* -1 (MP_ERR_BOUNDARY) when the Content-Type has no valid boundary. */
int	 mp_init(struct multipart *, const char *content_type,
	    const struct mp_callbacks *, void *);
/* 0, or -1 once the body is found broken. */
int	 mp_feed(struct multipart *, const char *, size_t);
/* At the end of the body: 0 if it was complete, else -1. */
int	 mp_finish(struct multipart *);
const char *mp_strerror(enum mp_error);

#endif
