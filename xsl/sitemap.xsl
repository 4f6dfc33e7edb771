<?xml version="1.0" encoding="UTF-8"?>
<!--
  sitemap.xsl: sitemaps for search engines (sitemaps.org protocol 0.9).

  <page type="sitemap">: one territory's sitemap (/<territoire>/sitemap.xml):
  its home, its listing pages, and every /page/list/item (@url, with
  <updated> as lastmod).
  <page type="sitemap-index">: the index (/sitemap.xml), one sitemap per
  /page/territories/territory.

  Every <loc> is absolute, from /page/@base.  No UI strings: nothing here
  is read by people.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">

<xsl:include href="common.xsl"/>

<xsl:output method="xml" encoding="UTF-8" indent="no"
    media-type="application/xml"/>

<!-- The listing pages of a territory, after its home. -->
<xsl:variable name="sections"
    select="'|articles/|evenements/|annonces/|dossiers/|projets/|structures/|themes/|'"/>

<xsl:template match="/">
  <xsl:choose>
    <xsl:when test="/page/@type = 'sitemap-index'">
      <xsl:apply-templates select="page" mode="index"/>
    </xsl:when>
    <xsl:otherwise>
      <xsl:apply-templates select="page" mode="urlset"/>
    </xsl:otherwise>
  </xsl:choose>
</xsl:template>

<xsl:template match="page" mode="index">
  <sitemapindex>
    <xsl:for-each select="territories/territory[normalize-space(@slug) != '']">
      <sitemap>
        <loc><xsl:value-of select="concat($base, '/', @slug, '/sitemap.xml')"/></loc>
      </sitemap>
    </xsl:for-each>
  </sitemapindex>
</xsl:template>

<xsl:template match="page" mode="urlset">
  <urlset>
    <xsl:if test="$tslug != ''">
      <url>
        <loc><xsl:value-of select="concat($base, $thome)"/></loc>
      </url>
      <xsl:call-template name="sections">
        <xsl:with-param name="rest" select="substring($sections, 2)"/>
      </xsl:call-template>
    </xsl:if>
    <xsl:for-each select="list/item[@url]">
      <url>
        <loc>
          <xsl:call-template name="absolute">
            <xsl:with-param name="u" select="string(@url)"/>
          </xsl:call-template>
        </loc>
        <xsl:if test="normalize-space(updated) != ''">
          <lastmod><xsl:value-of select="normalize-space(updated)"/></lastmod>
        </xsl:if>
      </url>
    </xsl:for-each>
  </urlset>
</xsl:template>

<!-- One <url> per entry of "a/|b/|…|" (recursion: XSLT 1.0 has no split). -->
<xsl:template name="sections">
  <xsl:param name="rest"/>
  <xsl:if test="contains($rest, '|')">
    <url>
      <loc><xsl:value-of select="concat($base, $thome, substring-before($rest, '|'))"/></loc>
    </url>
    <xsl:call-template name="sections">
      <xsl:with-param name="rest" select="substring-after($rest, '|')"/>
    </xsl:call-template>
  </xsl:if>
</xsl:template>

</xsl:stylesheet>
