/*
 * XSLT: each stylesheet compiled once per worker (and compiled again
 * when a file in the folder changed, if reload is on, for development).
 * Transforms run with file and network access forbidden.
 */
#ifndef RENDER_H
#define RENDER_H

#include <libxml/tree.h>

#include "buf.h"

struct render;

struct render	*render_new(const char *dir, int reload, char *err, size_t);
void		 render_free(struct render *);
int		 render_check(struct render *, const char *const *names,
		    char *err, size_t);
int		 render_page(struct render *, const char *name, xmlDocPtr,
		    struct buf *out, const char **ctype);
void		 render_global_init(void);

#endif
