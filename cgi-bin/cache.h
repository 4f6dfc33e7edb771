/*
 * A small per-worker cache of whole responses (status 200 only), kept
 * for a few seconds: a page that many people read at once is built
 * once per worker per `ttl` seconds.  Bounded in bytes; when full, the
 * expired entries go first, then everything.
 */
#ifndef CACHE_H
#define CACHE_H

#include <stddef.h>
#include <time.h>

#include "response.h"

struct cache;

struct cache	*cache_new(int ttl, size_t max_bytes);
void		 cache_free(struct cache *);
int		 cache_get(struct cache *, const char *key, struct response *);
void		 cache_put(struct cache *, const char *key,
		    const struct response *);
void		 cache_clear(struct cache *);

#endif
