<?xml version="1.0" encoding="UTF-8"?>
<!-- One tag in a territory: <page type="tag"> with <tag> and list/item,
     list/next of every kind (cgi-bin/page-list.c, page_tag). -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:ui="tag:echosciences.fr,2026:ui"
    exclude-result-prefixes="ui">

<xsl:include href="layout.xsl"/>

<xsl:template match="page" mode="title">
  <xsl:value-of select="ui:t('tag')"/>
  <xsl:value-of select="ui:t('colon')"/>
  <xsl:value-of select="tag/name"/>
</xsl:template>

<xsl:template match="page" mode="main">
  <div class="wrap">
    <div class="page-head">
      <p class="card-kind">
        <xsl:value-of select="ui:t('tag')"/>
      </p>
      <h1>
        <span aria-hidden="true">#</span>
        <xsl:value-of select="tag/name"/>
      </h1>
    </div>
    <xsl:call-template name="cards">
      <xsl:with-param name="items" select="list/item"/>
      <xsl:with-param name="level" select="2"/>
    </xsl:call-template>
    <xsl:call-template name="next-link"/>
  </div>
</xsl:template>

</xsl:stylesheet>
