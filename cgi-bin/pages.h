/* Page handlers (page-*.c) and what they share (page.c). */
#ifndef PAGES_H
#define PAGES_H

#include "app.h"

#define LIST_LIMIT	20
#define FEED_LIMIT	30
#define ICS_LIMIT	100

int	 page_portal(struct page *);
int	 page_territory(struct page *);
int	 page_list(struct page *);
int	 page_agenda(struct page *);
int	 page_item(struct page *);
int	 page_member(struct page *);
int	 page_structures(struct page *);
int	 page_structure(struct page *);
int	 page_themes(struct page *);
int	 page_theme(struct page *);
int	 page_tag(struct page *);

int	 page_search(struct page *);
int	 page_communities(struct page *);
int	 page_community(struct page *);
int	 page_partners(struct page *);
int	 page_signup(struct page *);
int	 page_confirm(struct page *);
int	 page_login(struct page *);
int	 page_logout(struct page *);
int	 page_logout_all(struct page *);
int	 page_forgot(struct page *);
int	 page_reset(struct page *);
int	 page_account(struct page *);
int	 page_account_password(struct page *);
int	 page_widget_builder(struct page *);
int	 page_widget(struct page *);
int	 page_sitemap(struct page *);
int	 page_sitemap_index(struct page *);
int	 page_robots(struct page *);
int	 page_api(struct page *);
int	 page_api_territories(struct page *);

/* Listing filters, resolved from the query: 0 means none. */
struct filter {
	long long	 theme;
	long long	 tag;
	long long	 structure;
};

#define FILTER_ARGS(f) \
	DB_INT((f)->theme), DB_INT((f)->theme), DB_INT((f)->tag), \
	DB_INT((f)->tag), DB_INT((f)->structure), DB_INT((f)->structure)

/* page.c */
int	 page_begin(struct page *, const char *type);
void	 page_error_doc(struct page *, int status);
xmlNodePtr page_section(struct page *, const char *name);
int	 page_rows(struct page *, enum stmt, const struct dbarg *, size_t,
	    xmlNodePtr, const char *row);
void	 page_paginate(struct page *, xmlNodePtr list, int rows, int limit,
	    const char *key, const char *idattr);
int	 page_filters(struct page *, struct filter *);
int	 page_limit(const struct page *);
int	 page_items_of(struct page *, enum stmt, xmlNodePtr list);
void	 page_cursor_before(struct page *, long long *, long long *);

#define NO_CURSOR 2147483647LL	/* FROM_UNIXTIME's last second */
int	 page_canonical(struct page *, xmlNodePtr item);

#endif
