#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cache.h"
#include "util.h"

#define CACHE_BUCKETS 1024

struct entry {
	struct entry	*next;
	char		*key;
	time_t		 expires;
	char		 ctype[64];
	char		 etag[24];
	time_t		 last_modified;
	int		 max_age;
	char		*body;
	size_t		 len;
	struct marks	 marks;
};

struct cache {
	int		 ttl;
	size_t		 max_bytes;
	size_t		 bytes;
	struct entry	*buckets[CACHE_BUCKETS];
};

struct cache *
cache_new(int ttl, size_t max_bytes)
{
	struct cache	*c;

	if ((c = calloc(1, sizeof(*c))) == NULL)
		return NULL;
	c->ttl = ttl;
	c->max_bytes = max_bytes;
	return c;
}

static void
entry_free(struct cache *c, struct entry *e)
{
	c->bytes -= e->len + strlen(e->key) + sizeof(*e) +
	    e->marks.n * sizeof(*e->marks.m);
	free(e->key);
	free(e->body);
	marks_free(&e->marks);
	free(e);
}

static void
evict(struct cache *c, int all)
{
	struct entry	**pp, *e;
	time_t		 now = time(NULL);
	size_t		 i;

	for (i = 0; i < CACHE_BUCKETS; i++) {
		pp = &c->buckets[i];
		while ((e = *pp) != NULL) {
			if (all || e->expires <= now) {
				*pp = e->next;
				entry_free(c, e);
			} else
				pp = &e->next;
		}
	}
}

void
cache_clear(struct cache *c)
{
	evict(c, 1);
}

void
cache_free(struct cache *c)
{
	if (c == NULL)
		return;
	evict(c, 1);
	free(c);
}

static size_t
bucket(const char *key)
{
	return (size_t)(hash_fnv1a(key, strlen(key), HASH_FNV_SEED) %
	    CACHE_BUCKETS);
}

int
cache_get(struct cache *c, const char *key, struct response *r)
{
	struct entry	*e;

	if (c == NULL || c->ttl <= 0)
		return 0;
	for (e = c->buckets[bucket(key)]; e != NULL; e = e->next)
		if (strcmp(e->key, key) == 0)
			break;
	if (e == NULL || e->expires <= time(NULL))
		return 0;
	r->status = 200;
	r->ctype = e->ctype;
	memcpy(r->etag, e->etag, sizeof(r->etag));
	r->last_modified = e->last_modified;
	r->max_age = e->max_age;
	if (marks_copy(&r->marks, &e->marks) == -1)
		return 0;
	buf_reset(&r->body);
	buf_put(&r->body, e->body, e->len);
	return !r->body.oom;
}

void
cache_put(struct cache *c, const char *key, const struct response *r)
{
	struct entry	*e, **pp;
	size_t		 b, cost;

	if (c == NULL || c->ttl <= 0 || r->status != 200 || r->body.oom)
		return;
	cost = r->body.len + strlen(key) + sizeof(*e) +
	    r->marks.n * sizeof(*r->marks.m);
	if (cost > c->max_bytes / 4)
		return;
	if (c->bytes + cost > c->max_bytes)
		evict(c, 0);
	if (c->bytes + cost > c->max_bytes)
		evict(c, 1);
	b = bucket(key);
	for (pp = &c->buckets[b]; (e = *pp) != NULL; pp = &e->next)
		if (strcmp(e->key, key) == 0) {
			*pp = e->next;
			entry_free(c, e);
			break;
		}
	if ((e = calloc(1, sizeof(*e))) == NULL)
		return;
	if ((e->key = strdup(key)) == NULL ||
	    (e->body = malloc(r->body.len + 1)) == NULL) {
		free(e->key);
		free(e);
		return;
	}
	memcpy(e->body, r->body.data != NULL ? r->body.data : "", r->body.len);
	e->len = r->body.len;
	e->expires = time(NULL) + c->ttl;
	snprintf(e->ctype, sizeof(e->ctype), "%s", r->ctype);
	memcpy(e->etag, r->etag, sizeof(e->etag));
	e->last_modified = r->last_modified;
	e->max_age = r->max_age;
	if (marks_copy(&e->marks, &r->marks) == -1) {
		free(e->key);
		free(e->body);
		free(e);
		return;
	}
	e->next = c->buckets[b];
	c->buckets[b] = e;
	c->bytes += cost;
}
