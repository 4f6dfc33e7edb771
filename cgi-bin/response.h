/*
 * The one place that writes a response: status line, headers (content
 * type, caching, validators, security), and the body.
 */
#ifndef RESPONSE_H
#define RESPONSE_H

#include <time.h>

#include "buf.h"

/*
 * Where a public page's HTML has the parts that differ for a member
 * (personal.c): found once when the page is made, kept with it in the
 * page cache, so a member's request does not read the page again.
 * `m` is allocated (marks_add), owned by the response or cache entry.
 */
#define MARKS_MAX 4096	/* a page's marks: its comments' and a few more */

enum mark_kind {
	MARK_ACCOUNT,	/* <!--account-->…<!--/account--> */
	MARK_ACTIONS,	/* <!--actions c= a= s= t=--> */
	MARK_COMMENT_FORM, /* <!--comment-form c=-->…<!--/comment-form--> */
	MARK_COMMENT	/* <!--comment-actions i= m=--> */
};

struct mark {
	enum mark_kind	 kind;
	size_t		 off, len;
};

struct marks {
	int		 found;	/* the page was searched */
	size_t		 n, cap;
	struct mark	*m;
};

int	 marks_add(struct marks *, enum mark_kind, size_t off, size_t len);
int	 marks_copy(struct marks *dst, const struct marks *src);
void	 marks_free(struct marks *);

struct response {
	int		 status;
	const char	*ctype;
	struct buf	 body;
	char		 etag[24];	/* quoted, empty for none */
	time_t		 last_modified;	/* 0 for none */
	int		 max_age;	/* -1: no-store */
	const char	*location;	/* redirects */
	const char	*allow;		/* 405 */
	const char	*lang;		/* Content-Language */
	const char	*set_lang;	/* a lang cookie to set, or NULL */
	int		 secure;	/* served over https */
	int		 head;		/* HEAD: headers only */
	int		 cors;		/* open data: any origin may read it */
	int		 frameable;	/* a widget: any site may frame it */
	int		 private_;	/* for one visitor (logged in): not stored */
	const char	*download;	/* Content-Disposition: attachment */
	struct marks	 marks;		/* a public page's member parts */
	char		 cookies[3][192]; /* Set-Cookie values */
	int		 ncookies;
};

typedef void (*out_fn)(void *arg, const char *, size_t);
typedef size_t (*in_fn)(void *arg, char *, size_t);

void	 response_init(struct response *);
void	 response_free(struct response *);
void	 response_etag(struct response *);
int	 response_not_modified(struct response *, const char *inm,
	    const char *ims);
void	 response_send(struct response *, out_fn, void *);
void	 response_cookie(struct response *, const char *name,
	    const char *value, long max_age);
const char *status_text(int);

#endif
