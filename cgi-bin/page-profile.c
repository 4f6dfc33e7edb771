/* Member and structure profiles, with their contributions. */
#include <stdio.h>
#include <string.h>

#include "pages.h"
#include "xml.h"

int
page_member(struct page *p)
{
	struct dbarg	 a[] = { DB_INT(p->id) };
	xmlNodePtr	 m;
	int		 rc;

	if (page_begin(p, "member") == -1)
		return 500;
	p->xsl = "member";
	m = page_section(p, "member");
	if ((rc = page_rows(p, STMT_MEMBER, a, 1, m, NULL)) <= 0)
		return rc < 0 ? page_db_status(rc) : 404;
	/* An old slug (the name changed since) leads to today's address. */
	if ((rc = page_canonical(p, m)) != 0)
		return rc;
	/* What the member is interested in: the page and its twin. */
	if ((p->req->fmt == FMT_HTML || p->req->fmt == FMT_XML) &&
	    (rc = page_rows(p, STMT_AC_THEMES, a, 1, xml_child(m, "interests"),
	    "theme")) < 0)
		return page_db_status(rc);
	return page_items_of(p, STMT_MEMBER_ITEMS, page_section(p, "list"));
}

/*
 * A structure's page: its profile, its editors, what it signed.  The link
 * to its form, for its editors and its territory's team, is the one part
 * that depends on who looks: one element, <viewer-actions edit="…"/>.
 */
int
page_structure(struct page *p)
{
	static const char *const known[] = { "structure-created",
	    "structure-saved", "editor-left", NULL };
	struct request	*r = p->req;
	struct dbarg	 a[] = { DB_INT(p->id) };
	const struct territory *t = NULL;
	xmlNodePtr	 s, n;
	xmlChar		*slug;
	char		 edit[64];
	size_t		 i;
	int		 rc, may;

	if (page_begin(p, "structure") == -1)
		return 500;
	p->xsl = "structure";
	s = page_section(p, "structure");
	if ((rc = page_rows(p, STMT_STRUCTURE, a, 1, s, NULL)) <= 0)
		return rc < 0 ? page_db_status(rc) : 404;
	if ((rc = page_canonical(p, s)) != 0)
		return rc;
	if (r->fmt == FMT_HTML || r->fmt == FMT_XML) {
		if ((rc = page_rows(p, STMT_SE_EDITORS, a, 1,
		    page_section(p, "editors"), "editor")) < 0)
			return page_db_status(rc);
		if (r->in[KEY_MESSAGE].present)
			for (i = 0; known[i] != NULL; i++)
				if (strcmp(known[i], r->in[KEY_MESSAGE].s) == 0)
					xml_attr(xml_child(p->root, "message"),
					    "code", known[i]);
	}
	if (p->viewer_id != 0 && (r->fmt == FMT_HTML || r->fmt == FMT_XML)) {
		if ((n = xml_find(s, "territory")) != NULL &&
		    (slug = xmlGetProp(n, X("slug"))) != NULL) {
			t = app_territory(p->app, (const char *)slug);
			xmlFree(slug);
		}
		may = page_edits_structure(p, (unsigned int)p->id) ||
		    (t != NULL && page_is_editor(p, t->id));
		/* The session names the first 32 structures only. */
		if (!may && p->nviewer_structs == sizeof(p->viewer_structs) /
		    sizeof(p->viewer_structs[0])) {
			struct dbarg b[] = { DB_INT(p->id),
			    DB_INT(p->viewer_id) };

			rc = page_lookup(p, STMT_SE_IS_EDITOR, b, 2, &n);
			xmlFreeNode(n);
			if (rc < 0)
				return page_db_status(rc);
			may = rc > 0;
		}
		if (may) {
			snprintf(edit, sizeof(edit), "/structures/%lld/modifier",
			    p->id);
			xml_attr(xml_child(p->root, "viewer-actions"), "edit",
			    edit);
		}
	}
	return page_items_of(p, STMT_STRUCTURE_ITEMS, page_section(p, "list"));
}
