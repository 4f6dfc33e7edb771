/* A logged-in member's public pages: the anonymous page with their parts. */
#ifndef PERSONAL_H
#define PERSONAL_H

#include <stdint.h>

#include "app.h"
#include "buf.h"
#include "response.h"

struct personal *personal_new(int ttl);
void	 personal_free(struct personal *);
/* The viewer of a session kept less than ttl seconds ago: 1, or 0. */
int	 personal_get(struct personal *, const char *hash, struct page *);
void	 personal_put(struct personal *, const char *hash, const struct page *);
void	 personal_forget(struct personal *, const char *hash);
void	 personal_marks(const struct buf *, struct marks *);
int	 personal_splice(struct app *, struct page *, const char *hash,
	    const struct buf *in, const struct marks *, struct buf *out,
	    uint64_t *etag);

#endif
