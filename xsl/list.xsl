<?xml version="1.0" encoding="UTF-8"?>
<!-- A territory's listing of one kind: <page type="list" kind="article|
     annonce|dossier|project"> with themes, theme-filter, tag-filter and
     list/item, list/next (cgi-bin/page-list.c, page_list). -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:ui="tag:echosciences.fr,2026:ui"
    exclude-result-prefixes="ui">

<xsl:include href="layout.xsl"/>

<xsl:template match="page" mode="title">
  <xsl:call-template name="kind-label">
    <xsl:with-param name="plural" select="true()"/>
  </xsl:call-template>
  <xsl:if test="theme-filter">
    <xsl:value-of select="ui:t('colon')"/>
    <xsl:call-template name="theme-name">
      <xsl:with-param name="th" select="theme-filter"/>
    </xsl:call-template>
  </xsl:if>
  <xsl:if test="tag-filter">
    <xsl:value-of select="concat(' #', tag-filter/name)"/>
  </xsl:if>
</xsl:template>

<xsl:template match="page" mode="main">
  <div class="wrap">
    <div class="page-head">
      <h1>
        <xsl:call-template name="kind-label">
          <xsl:with-param name="plural" select="true()"/>
        </xsl:call-template>
      </h1>
      <xsl:call-template name="filter-form"/>
      <xsl:call-template name="tag-filter"/>
    </div>
    <xsl:call-template name="cards">
      <xsl:with-param name="items" select="list/item"/>
      <xsl:with-param name="level" select="2"/>
    </xsl:call-template>
    <xsl:call-template name="next-link"/>
  </div>
</xsl:template>

<xsl:template name="filter-form">
  <form class="filters" method="get" action="{$path-url}">
    <xsl:attribute name="aria-label">
      <xsl:value-of select="ui:t('filters')"/>
    </xsl:attribute>
    <xsl:call-template name="theme-select"/>
    <xsl:if test="/page/query/@tag">
      <input type="hidden" name="tag" value="{/page/query/@tag}"/>
    </xsl:if>
    <div class="field field-submit">
      <button type="submit">
        <xsl:value-of select="ui:t('filter')"/>
      </button>
    </div>
  </form>
</xsl:template>

</xsl:stylesheet>
