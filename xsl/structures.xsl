<?xml version="1.0" encoding="UTF-8"?>
<!-- A territory's structures: <page type="structures"> with
     structures/structure, by name, and <directory kind total> (the kind
     filtered on, how many of each kind: count kind n, the next page:
     next href); the words of names in query/@q (cgi-bin/page-list.c,
     page_structures). -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:ui="tag:echosciences.fr,2026:ui"
    exclude-result-prefixes="ui">

<xsl:include href="layout.xsl"/>

<xsl:variable name="sd-kind" select="string(/page/directory/@kind)"/>
<xsl:variable name="sd-q" select="normalize-space(/page/query/@q)"/>

<xsl:template match="page" mode="title">
  <xsl:value-of select="ui:t('sec-structures')"/>
  <xsl:if test="$sd-kind != ''">
    <xsl:value-of select="ui:t('colon')"/>
    <xsl:value-of select="ui:t(concat('sk-', $sd-kind))"/>
  </xsl:if>
  <xsl:if test="$sd-q != ''">
    <xsl:text> </xsl:text>
    <xsl:call-template name="quoted">
      <xsl:with-param name="s" select="$sd-q"/>
    </xsl:call-template>
  </xsl:if>
</xsl:template>

<xsl:template match="page" mode="main">
  <div class="wrap">
    <div class="page-head">
      <h1>
        <xsl:value-of select="ui:t('sec-structures')"/>
      </h1>
      <p class="intro">
        <xsl:value-of select="ui:t('structures-intro')"/>
      </p>
      <!-- For everyone: the page is the same for all (members' pages are
           the anonymous one with their parts in), and the form asks a
           visitor to log in first. -->
      <p class="se-create">
        <a class="button" href="/structures/nouvelle">
          <xsl:value-of select="ui:t('se-create')"/>
        </a>
      </p>
      <xsl:if test="/page/message/@code = 'structure-deleted'">
        <p class="message message-ok" role="status">
          <xsl:value-of select="ui:t('m-se-structure-deleted')"/>
        </p>
      </xsl:if>
      <xsl:call-template name="sd-filters"/>
    </div>
    <xsl:if test="/page/directory">
      <p class="se-found" role="status">
        <xsl:call-template name="count-noun">
          <xsl:with-param name="n">
            <xsl:choose>
              <xsl:when test="$sd-kind != ''">
                <xsl:value-of select="sum(/page/directory/count[@kind = $sd-kind]/@n)"/>
              </xsl:when>
              <xsl:otherwise><xsl:value-of select="/page/directory/@total"/></xsl:otherwise>
            </xsl:choose>
          </xsl:with-param>
          <xsl:with-param name="k1" select="'se-found-1'"/>
          <xsl:with-param name="kn" select="'se-found-n'"/>
        </xsl:call-template>
      </p>
    </xsl:if>
    <xsl:choose>
      <xsl:when test="structures/structure">
        <ul class="cards cards-compact">
          <xsl:for-each select="structures/structure">
            <li>
              <article class="card card-structure">
                <div class="card-body">
                  <p class="card-kind">
                    <xsl:value-of select="ui:t(concat('sk-', @kind))"/>
                  </p>
                  <h2 class="card-title"><a href="{@url}"><xsl:value-of select="name"/></a></h2>
                  <xsl:if test="normalize-space(city) != ''">
                    <p class="card-meta"><xsl:value-of select="city"/></p>
                  </xsl:if>
                </div>
              </article>
            </li>
          </xsl:for-each>
        </ul>
      </xsl:when>
      <xsl:otherwise>
        <p class="empty">
          <xsl:call-template name="t">
            <xsl:with-param name="k">
              <xsl:choose>
                <xsl:when test="$sd-kind != '' or $sd-q != ''">se-none</xsl:when>
                <xsl:otherwise>empty</xsl:otherwise>
              </xsl:choose>
            </xsl:with-param>
          </xsl:call-template>
        </p>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:if test="/page/directory/next/@href">
      <nav class="pager">
        <xsl:attribute name="aria-label">
          <xsl:value-of select="ui:t('se-more')"/>
        </xsl:attribute>
        <a rel="next" href="{/page/directory/next/@href}">
          <xsl:value-of select="ui:t('se-more')"/>
          <span aria-hidden="true"> →</span>
        </a>
      </nav>
    </xsl:if>
  </div>
</xsl:template>

<!-- The filters: the kind (with how many of each), words of the name. -->
<xsl:template name="sd-filters">
  <form class="filters" method="get" action="{$path-url}">
    <xsl:attribute name="aria-label">
      <xsl:value-of select="ui:t('filters')"/>
    </xsl:attribute>
    <div class="field">
      <label for="f-type_structure">
        <xsl:value-of select="ui:t('se-filter-kind')"/>
      </label>
      <select id="f-type_structure" name="type_structure">
        <option value="">
          <xsl:value-of select="ui:t('se-all-kinds')"/>
          <xsl:if test="/page/directory">
            <xsl:value-of select="concat(' (', /page/directory/@total, ')')"/>
          </xsl:if>
        </option>
        <xsl:call-template name="sd-option"><xsl:with-param name="k" select="'museum'"/></xsl:call-template>
        <xsl:call-template name="sd-option"><xsl:with-param name="k" select="'lab'"/></xsl:call-template>
        <xsl:call-template name="sd-option"><xsl:with-param name="k" select="'association'"/></xsl:call-template>
        <xsl:call-template name="sd-option"><xsl:with-param name="k" select="'company'"/></xsl:call-template>
        <xsl:call-template name="sd-option"><xsl:with-param name="k" select="'library'"/></xsl:call-template>
        <xsl:call-template name="sd-option"><xsl:with-param name="k" select="'school'"/></xsl:call-template>
        <xsl:call-template name="sd-option"><xsl:with-param name="k" select="'other'"/></xsl:call-template>
      </select>
    </div>
    <div class="field">
      <label for="f-q">
        <xsl:value-of select="ui:t('se-q')"/>
      </label>
      <input type="search" id="f-q" name="q" maxlength="200" value="{/page/query/@q}"/>
    </div>
    <xsl:if test="/page/query/@limite">
      <input type="hidden" name="limite" value="{/page/query/@limite}"/>
    </xsl:if>
    <div class="field field-submit">
      <button type="submit">
        <xsl:value-of select="ui:t('filter')"/>
      </button>
    </div>
  </form>
</xsl:template>

<xsl:template name="sd-option">
  <xsl:param name="k"/>
  <option value="{$k}">
    <xsl:if test="$k = $sd-kind">
      <xsl:attribute name="selected">selected</xsl:attribute>
    </xsl:if>
    <xsl:value-of select="ui:t(concat('sk-', $k))"/>
    <xsl:if test="/page/directory">
      <xsl:value-of select="concat(' (', sum(/page/directory/count[@kind = $k]/@n), ')')"/>
    </xsl:if>
  </option>
</xsl:template>

</xsl:stylesheet>
