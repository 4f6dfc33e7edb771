/*
 * XSLT: each stylesheet compiled once per worker (and compiled again
 * when a file in the folder changed, if reload is on, for development).
 * Transforms run with file and network access forbidden.  The UI
 * strings (ui.h) are read with the stylesheets, from the same folder.
 */
#ifndef RENDER_H
#define RENDER_H

#include <libxml/tree.h>

#include "buf.h"

struct render;
struct ui_strings;

/* The extension functions' namespace: ui:t('key') (ui.h). */
#define RENDER_UI_NS	"tag:echosciences.fr,2026:ui"
/* The interface's languages; the first is the default. */
#define RENDER_NLANG	2
extern const char *const render_langs[RENDER_NLANG];

struct render	*render_new(const char *dir, int reload, char *err, size_t);
void		 render_free(struct render *);
int		 render_check(struct render *, const char *const *names,
		    char *err, size_t);
int		 render_page(struct render *, const char *name, xmlDocPtr,
		    struct buf *out, const char **ctype);
void		 render_global_init(void);
/* The language of a page document (its root's lang), as an index. */
size_t		 render_lang(xmlDocPtr);
const struct ui_strings *render_strings(const struct render *, size_t lang);

#endif
