<?xml version="1.0" encoding="UTF-8"?>
<!-- A search: <page type="search"> at /<territoire>/recherche?q=… (with
     <territory>) or /recherche?q=… (the whole network), with query/@q
     (absent when nothing was asked) and list/item, list/next of every
     kind, newest first (cgi-bin/page-search.c).  The number of results is
     not known: no count, a "next" link while there are more. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:ui="tag:echosciences.fr,2026:ui"
    xmlns:str="http://exslt.org/strings"
    extension-element-prefixes="str"
    exclude-result-prefixes="str ui">

<xsl:include href="layout.xsl"/>

<xsl:variable name="q" select="string(/page/query/@q)"/>
<xsl:variable name="asked" select="normalize-space($q) != ''"/>

<xsl:template match="page" mode="title">
  <xsl:value-of select="ui:t('search-title')"/>
  <xsl:if test="$asked">
    <xsl:value-of select="ui:t('colon')"/>
    <xsl:call-template name="quoted">
      <xsl:with-param name="s" select="normalize-space($q)"/>
    </xsl:call-template>
  </xsl:if>
</xsl:template>

<!-- Result pages are for visitors, not for search engines' indexes. -->
<xsl:template match="page" mode="head">
  <meta name="robots" content="noindex, follow"/>
</xsl:template>

<xsl:template match="page" mode="main">
  <div class="wrap">
    <div class="page-head">
      <h1>
        <xsl:value-of select="ui:t('search-title')"/>
        <xsl:if test="$asked">
          <xsl:value-of select="ui:t('colon')"/>
          <span class="search-words">
            <xsl:call-template name="quoted">
              <xsl:with-param name="s" select="normalize-space($q)"/>
            </xsl:call-template>
          </span>
        </xsl:if>
      </h1>
      <xsl:call-template name="search-form"/>
      <xsl:if test="$asked and $tslug != ''">
        <p class="search-scope">
          <a href="/recherche?q={str:encode-uri($q, true())}">
            <xsl:value-of select="ui:t('search-network')"/>
          </a>
        </p>
      </xsl:if>
    </div>
    <xsl:choose>
      <xsl:when test="not($asked)">
        <p class="intro search-hint">
          <xsl:value-of select="ui:t('search-hint')"/>
        </p>
      </xsl:when>
      <xsl:when test="list/item">
        <xsl:call-template name="cards">
          <xsl:with-param name="items" select="list/item"/>
          <xsl:with-param name="level" select="2"/>
        </xsl:call-template>
        <xsl:call-template name="next-link">
          <xsl:with-param name="k" select="'search-more'"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <p class="empty">
          <xsl:value-of select="ui:t('search-none')"/>
          <xsl:text> </xsl:text>
          <xsl:call-template name="quoted">
            <xsl:with-param name="s" select="normalize-space($q)"/>
          </xsl:call-template>
          <xsl:text>. </xsl:text>
          <xsl:value-of select="ui:t('search-other')"/>
        </p>
      </xsl:otherwise>
    </xsl:choose>
  </div>
</xsl:template>

<!-- The page's own form (the header has another, id site-q). -->
<xsl:template name="search-form">
  <form class="filters search-form" method="get" action="{$path-url}">
    <div class="field">
      <label for="search-q">
        <xsl:value-of select="ui:t('search-words')"/>
      </label>
      <input type="search" id="search-q" name="q" maxlength="200" value="{$q}"/>
    </div>
    <div class="field field-submit">
      <button type="submit">
        <xsl:value-of select="ui:t('search')"/>
      </button>
    </div>
  </form>
</xsl:template>

</xsl:stylesheet>
